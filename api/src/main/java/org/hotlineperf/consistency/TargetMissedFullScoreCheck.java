package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hotlineperf.analytics.Measures;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/**
 * TARGET_MISSED_FULL_SCORE: an indicator whose actual misses its quantitative target (by {@link Measures#attained},
 * the one definition of attainment), yet which scores its full weight. Target and actual must be in one unit.
 */
final class TargetMissedFullScoreCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.TARGET_MISSED_FULL_SCORE;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (Indicator indicator : facts.indicators()) {
            if (indicator.notApplicable() || indicator.score() == null || indicator.weight() == null
                    || indicator.score().compareTo(indicator.weight()) < 0
                    || !Objects.equals(indicator.targetUnit(), indicator.actualUnit())
                    || !Boolean.FALSE.equals(Measures.attained(indicator.targetOperator(), indicator.targetValue(),
                    indicator.actualValue()))) {
                continue;
            }
            String target = Figures.measure(indicator.targetValue(), indicator.targetUnit(), indicator.targetText());
            String actual = Figures.measure(indicator.actualValue(), indicator.actualUnit(), indicator.actualText());
            flags.add(facts.flag(code(), FlagSeverity.WARNING, facts.evaluationYear(), indicator.id(),
                    "“" + indicator.name() + "” misses its target " + target + " (actual " + actual
                            + "), yet scores full marks (" + Figures.points(indicator.score()) + " of "
                            + Figures.points(indicator.weight()) + ").",
                    "“" + indicator.name() + "”未达到指标值" + target + "（实际完成" + actual + "），但得满分（"
                            + Figures.points(indicator.score()) + "分/" + Figures.points(indicator.weight()) + "分）。",
                    List.of(Evidence.figure("target", indicator.targetValue(), indicator.targetUnit(),
                                    indicator.targetText()),
                            Evidence.figure("actual", indicator.actualValue(), indicator.actualUnit(),
                                    indicator.actualText()),
                            Evidence.points("weight", indicator.weight()),
                            Evidence.points("score", indicator.score()))));
        }
        return flags;
    }
}
