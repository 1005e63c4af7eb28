package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/** SCORE_EXCEEDS_WEIGHT: an indicator scoring more than its weight (分值), or a total above the total weight. */
final class ScoreExceedsWeightCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.SCORE_EXCEEDS_WEIGHT;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        var evaluation = facts.evaluation();
        if (evaluation.totalScore() != null && evaluation.totalWeight() != null
                && evaluation.totalScore().compareTo(evaluation.totalWeight()) > 0) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), null,
                    "The total score " + Figures.points(evaluation.totalScore()) + " exceeds the total weight "
                            + Figures.points(evaluation.totalWeight()) + ".",
                    "总分" + Figures.points(evaluation.totalScore()) + "分，超过总分值" + Figures.points(evaluation.totalWeight())
                            + "分。",
                    List.of(Evidence.points("score", evaluation.totalScore()),
                            Evidence.points("weight", evaluation.totalWeight()))));
        }
        for (Indicator indicator : facts.indicators()) {
            if (!indicator.notApplicable() && indicator.score() != null && indicator.weight() != null
                    && indicator.score().compareTo(indicator.weight()) > 0) {
                flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                        "“" + indicator.name() + "” scores " + Figures.points(indicator.score())
                                + ", more than its weight " + Figures.points(indicator.weight()) + ".",
                        "“" + indicator.name() + "”得分" + Figures.points(indicator.score()) + "分，超过分值"
                                + Figures.points(indicator.weight()) + "分。",
                        List.of(Evidence.points("score", indicator.score()),
                                Evidence.points("weight", indicator.weight()))));
            }
        }
        return flags;
    }
}
