package org.hotlineperf.analytics;

import java.math.BigDecimal;

/**
 * Budget execution of one project in one fiscal year, or over its whole period when {@code fiscalYear} is null:
 * the ledger totals and the ratios {@link Measures} derives from them.
 */
public record BudgetExecution(long projectId, String projectKey, String projectName, String regionCode,
                              String regionName, Integer fiscalYear, BigDecimal initialBudget,
                              BigDecimal adjustmentTotal, BigDecimal fundsReceived, BigDecimal expenditure,
                              BigDecimal expenditureChargedToOtherFunds) {

    public BigDecimal finalBudget() {
        return Measures.finalBudget(initialBudget, adjustmentTotal);
    }

    public BigDecimal executionRate() {
        return Measures.executionRate(expenditure, finalBudget());
    }

    public BigDecimal overrunRatio() {
        return Measures.overrunRatio(expenditure, finalBudget());
    }
}
