package org.hotlineperf.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link ScoringRule} as the GraphQL type {@code ScoringRule} shows it: one shape for every kind, the fields a kind
 * does not have left null.
 */
record ScoringRuleView(ScoringRule.Kind kind, BigDecimal threshold, Boolean inclusive, String unit, BigDecimal step,
                       BigDecimal pointsPerStep, BigDecimal weightSharePerStep, BigDecimal zeroBelow,
                       Boolean zeroInclusive, StepCounting stepCounting, List<ScoringRule.QualitativeBands.Band> bands,
                       String summary, String summaryZh) {

    static ScoringRuleView of(ScoringRule rule) {
        return switch (rule) {
            case ScoringRule.ThresholdStep r -> new ScoringRuleView(r.kind(), r.threshold(), r.inclusive(), r.unit(),
                    r.step(), r.pointsPerStep(), null, null, null, r.stepCounting(), null, r.summary(),
                    r.summaryZh());
            case ScoringRule.BudgetExecution r -> new ScoringRuleView(r.kind(), r.threshold(), r.inclusive(),
                    ScoringRule.PERCENT, r.step(), null, r.weightSharePerStep(), r.zeroBelow(), r.zeroInclusive(),
                    r.stepCounting(), null, r.summary(), r.summaryZh());
            case ScoringRule.Proportional r -> new ScoringRuleView(r.kind(), null, null, null, null, null, null, null,
                    null, null, null, r.summary(), r.summaryZh());
            case ScoringRule.QualitativeBands r -> new ScoringRuleView(r.kind(), null, null, null, null, null, null,
                    null, null, null, r.bands(), r.summary(), r.summaryZh());
        };
    }
}
