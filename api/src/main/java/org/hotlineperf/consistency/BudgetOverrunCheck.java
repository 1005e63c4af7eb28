package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;
import org.hotlineperf.funding.BudgetYear;

/**
 * BUDGET_OVERRUN: a fiscal year of the report's ledger whose expenditure exceeds its final budget, with final budget
 * and overrun ratio as {@link BudgetYear} defines them (the same derivation the API and the comparisons use).
 */
final class BudgetOverrunCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.BUDGET_OVERRUN;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (LedgerYear year : facts.ledgerYears()) {
            if (year.fiscalYear() == null) {
                continue;
            }
            BudgetYear budget = new BudgetYear(facts.evaluation().projectId(), year.fiscalYear(), year.initialBudget(),
                    year.adjustmentTotal(), year.fundsReceived(), year.expenditure(),
                    year.expenditureChargedToOtherFunds());
            BigDecimal overrun = budget.overrunRatio();
            if (overrun == null || overrun.signum() <= 0) {
                continue;
            }
            BigDecimal excess = budget.expenditure().subtract(budget.finalBudget());
            flags.add(facts.flag(code(), FlagSeverity.WARNING, year.fiscalYear(), null,
                    year.fiscalYear() + ": expenditure " + Figures.yuan(budget.expenditure()) + " exceeds the final "
                            + "budget " + Figures.yuan(budget.finalBudget()) + " by " + Figures.yuan(excess)
                            + " (overrun " + Figures.percent(overrun) + ").",
                    year.fiscalYear() + "年实际支出" + Figures.yuanZh(budget.expenditure()) + "，超过全年预算数"
                            + Figures.yuanZh(budget.finalBudget()) + "，超支" + Figures.yuanZh(excess) + "（超预算"
                            + Figures.percent(overrun) + "）。",
                    List.of(Evidence.money("initialBudget", budget.initialBudget()),
                            Evidence.money("adjustmentTotal", budget.adjustmentTotal()),
                            Evidence.money("finalBudget", budget.finalBudget()),
                            Evidence.money("expenditure", budget.expenditure()),
                            Evidence.money("overrunAmount", excess),
                            Evidence.rate("overrunRatio", overrun),
                            Evidence.rate("executionRate", budget.executionRate()))));
        }
        return flags;
    }
}
