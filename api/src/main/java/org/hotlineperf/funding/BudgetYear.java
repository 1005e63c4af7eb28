package org.hotlineperf.funding;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One fiscal year of a project's budget (BudgetYear): the ledger totals of that year and the measures derived
 * from them. This record is the single definition of final budget, execution rate and overrun ratio.
 * A missing input gives null, never 0; a year without adjustment lines has an adjustment total of 0.
 */
public record BudgetYear(
        long projectId,
        int fiscalYear,
        BigDecimal initialBudget,
        BigDecimal adjustmentTotal,
        BigDecimal fundsReceived,
        BigDecimal expenditure,
        BigDecimal expenditureChargedToOtherFunds) {

    /** 全年预算数 = initial budget + sum(adjustments). */
    public BigDecimal finalBudget() {
        return initialBudget == null ? null : initialBudget.add(adjustmentTotal);
    }

    /** 预算执行率 = expenditure / final budget, as a fraction. */
    public BigDecimal executionRate() {
        BigDecimal finalBudget = finalBudget();
        if (expenditure == null || finalBudget == null || finalBudget.signum() == 0) {
            return null;
        }
        return expenditure.divide(finalBudget, MathContext.DECIMAL64);
    }

    /** 超预算比例 = expenditure / final budget - 1; positive means spending above budget. */
    public BigDecimal overrunRatio() {
        BigDecimal executionRate = executionRate();
        return executionRate == null ? null : executionRate.subtract(BigDecimal.ONE);
    }
}
