package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.List;

/**
 * PERFECT_SCORE_NO_PROBLEMS: a total at the full weight (the stated total weight, else the sum of the level-1
 * weights) while the evaluation lists no problem (存在问题) at all: an evaluation that finds nothing to improve.
 */
final class PerfectScoreCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.PERFECT_SCORE_NO_PROBLEMS;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        var evaluation = facts.evaluation();
        IndicatorTree tree = facts.tree();
        BigDecimal full = evaluation.totalWeight() != null ? evaluation.totalWeight()
                : IndicatorTree.sumOf(tree.roots(), tree::effectiveWeight);
        if (evaluation.totalScore() == null || full == null || full.signum() <= 0
                || evaluation.totalScore().compareTo(full) < 0 || evaluation.problems() > 0) {
            return List.of();
        }
        return List.of(facts.flag(code(), FlagSeverity.WARNING, facts.evaluationYear(), null,
                "A perfect score of " + Figures.points(evaluation.totalScore()) + " out of " + Figures.points(full)
                        + " with no problem listed: the evaluation names nothing to improve.",
                "评价得满分（" + Figures.points(evaluation.totalScore()) + "分/" + Figures.points(full)
                        + "分），却未列出任何存在问题。",
                List.of(Evidence.points("totalScore", evaluation.totalScore()), Evidence.points("totalWeight", full),
                        Evidence.count("problemsListed", evaluation.problems()))));
    }
}
