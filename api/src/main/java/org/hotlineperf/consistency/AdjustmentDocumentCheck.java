package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.analytics.Measures;
import org.hotlineperf.consistency.EvaluationFacts.LedgerLine;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;

/**
 * ADJUSTMENT_WITHOUT_DOCUMENT: a budget adjustment (追加/追减) that the report says was made without a budget
 * document (Jiangmen: 未提供预算调整相关文件). An adjustment whose report merely cites no document number is not
 * flagged: that says nothing about the document.
 */
final class AdjustmentDocumentCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.ADJUSTMENT_WITHOUT_DOCUMENT;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (LedgerLine line : facts.linesWithoutDocument()) {
            if (!line.kind().equals("BUDGET_ADJUSTMENT")) {
                continue;
            }
            boolean cut = line.amount().signum() < 0;
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.money("adjustment", line.amount()));
            LedgerYear year = facts.ledgerYear(line.fiscalYear());
            if (year != null && year.initialBudget() != null) {
                evidence.add(Evidence.money("initialBudget", year.initialBudget()));
                evidence.add(Evidence.money("finalBudget",
                        Measures.finalBudget(year.initialBudget(), year.adjustmentTotal())));
            }
            if (line.occurredOn() != null) {
                evidence.add(Evidence.text("date", line.occurredOn().toString()));
            }
            flags.add(facts.flag(code(), FlagSeverity.WARNING, line.fiscalYear(), null,
                    facts.period(line.fiscalYear()) + ": a budget " + (cut ? "cut" : "increase") + " of "
                            + Figures.yuan(line.amount().abs()) + " was made without a budget adjustment document.",
                    facts.periodZh(line.fiscalYear()) + "预算" + (cut ? "追减" : "追加") + Figures.yuanZh(line.amount().abs())
                            + "，未提供预算调整文件。",
                    evidence));
        }
        return flags;
    }
}
