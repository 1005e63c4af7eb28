package org.hotlineperf.funding;

import java.math.BigDecimal;
import org.hotlineperf.analytics.Measures;

/**
 * One fiscal year of a project's budget (BudgetYear): the ledger totals of that year and the measures derived
 * from them; the measures are those of {@link Measures}, the same the comparisons use.
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
        return Measures.finalBudget(initialBudget, adjustmentTotal);
    }

    /** 预算执行率 = expenditure / final budget, as a fraction. */
    public BigDecimal executionRate() {
        return Measures.executionRate(expenditure, finalBudget());
    }

    /** 超预算比例 = expenditure / final budget - 1; positive means spending above budget. */
    public BigDecimal overrunRatio() {
        return Measures.overrunRatio(expenditure, finalBudget());
    }
}
