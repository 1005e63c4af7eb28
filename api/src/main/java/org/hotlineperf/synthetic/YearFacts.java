package org.hotlineperf.synthetic;

import java.math.BigDecimal;

/**
 * What happened in one project-year, as the generated ledger and operating figures say: the evaluation is scored
 * from these facts, so that its actuals, deductions and findings agree with the rows they describe (an overrun in
 * the ledger costs points under budget preparation, a missing adjustment document under rule execution).
 */
record YearFacts(
        int fiscalYear,
        String evaluationKind,
        BigDecimal initialBudget,
        BigDecimal adjustmentTotal,
        BigDecimal finalBudget,
        BigDecimal fundsReceived,
        BigDecimal expenditure,
        BigDecimal chargedToOtherFunds,
        BigDecimal undocumentedAdjustments,
        long callsReceived,
        long callsAnswered,
        long callsTarget,
        long ticketsHandled,
        long ticketsTarget,
        BigDecimal onTimeClosureRate,
        BigDecimal satisfactionRate,
        double quality) {

    boolean overrun() {
        return expenditure.compareTo(finalBudget) > 0;
    }
}
