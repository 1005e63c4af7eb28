package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.analytics.Measures;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;

/**
 * CHARGED_TO_OTHER_FUNDS: expenditure of a fiscal year paid from other funds than the project's (公用经费列支),
 * e.g. Changde's overrun paid from the office's general funds. Nested parts are not counted twice.
 */
final class ChargedToOtherFundsCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.CHARGED_TO_OTHER_FUNDS;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (LedgerYear year : facts.ledgerYears()) {
            if (year.expenditureChargedToOtherFunds() == null || year.expenditureChargedToOtherFunds().signum() <= 0) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.money("chargedToOtherFunds", year.expenditureChargedToOtherFunds()));
            String ofTotal = "";
            String ofTotalZh = "";
            if (year.expenditure() != null) {
                evidence.add(Evidence.money("expenditure", year.expenditure()));
                ofTotal = " of the expenditure of " + Figures.yuan(year.expenditure());
                ofTotalZh = "实际支出" + Figures.yuanZh(year.expenditure()) + "中，";
            }
            var finalBudget = Measures.finalBudget(year.initialBudget(), year.adjustmentTotal());
            if (finalBudget != null) {
                evidence.add(Evidence.money("finalBudget", finalBudget));
            }
            flags.add(facts.flag(code(), FlagSeverity.WARNING, year.fiscalYear(), null,
                    facts.period(year.fiscalYear()) + ": " + Figures.yuan(year.expenditureChargedToOtherFunds())
                            + ofTotal + " was charged to other funds (公用经费列支), outside the project budget.",
                    facts.periodZh(year.fiscalYear()) + ofTotalZh + Figures.yuanZh(year.expenditureChargedToOtherFunds())
                            + "从其他经费（公用经费）列支，未在项目预算内。",
                    evidence));
        }
        return flags;
    }
}
