package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/**
 * SCORE_SUM_MISMATCH: parts that do not add up to the total the report states. The stated score (and weight) of an
 * indicator against its applicable children's effective scores, the stated total against the level-1 indicators,
 * weight less score against the points stated as deducted, and itemised deductions against that figure. Sums are
 * only compared where every part has a value.
 */
final class ScoreSumCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.SCORE_SUM_MISMATCH;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        IndicatorTree tree = facts.tree();
        List<FoundFlag> flags = new ArrayList<>();
        var evaluation = facts.evaluation();
        BigDecimal rootScores = IndicatorTree.sumOf(tree.roots(), tree::effectiveScore);
        if (differ(evaluation.totalScore(), rootScores)) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), null,
                    "The level-1 scores add up to " + Figures.points(rootScores) + ", not the stated total score "
                            + Figures.points(evaluation.totalScore()) + ".",
                    "一级指标得分合计" + Figures.points(rootScores) + "分，与所列总分" + Figures.points(evaluation.totalScore())
                            + "分不符。",
                    List.of(Evidence.points("statedTotal", evaluation.totalScore()),
                            Evidence.points("partsTotal", rootScores), Evidence.count("parts", tree.roots().size()))));
        }
        BigDecimal rootWeights = IndicatorTree.sumOf(tree.roots(), tree::effectiveWeight);
        if (differ(evaluation.totalWeight(), rootWeights)) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), null,
                    "The level-1 weights add up to " + Figures.points(rootWeights) + ", not the stated total weight "
                            + Figures.points(evaluation.totalWeight()) + ".",
                    "一级指标分值合计" + Figures.points(rootWeights) + "分，与所列总分值" + Figures.points(evaluation.totalWeight())
                            + "分不符。",
                    List.of(Evidence.points("statedTotal", evaluation.totalWeight()),
                            Evidence.points("partsTotal", rootWeights), Evidence.count("parts", tree.roots().size()))));
        }
        for (Indicator indicator : tree.all()) {
            if (!indicator.notApplicable()) {
                checkParts(facts, tree, indicator, flags);
                checkDeducted(facts, indicator, flags);
            }
        }
        return flags;
    }

    private void checkParts(EvaluationFacts facts, IndicatorTree tree, Indicator indicator, List<FoundFlag> flags) {
        List<Indicator> parts = tree.children(indicator);
        BigDecimal scores = IndicatorTree.sumOf(parts, tree::effectiveScore);
        if (differ(indicator.score(), scores)) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                    "The scores of the parts of “" + indicator.name() + "” add up to " + Figures.points(scores)
                            + ", not its stated score " + Figures.points(indicator.score()) + ".",
                    "“" + indicator.name() + "”的下级指标得分合计" + Figures.points(scores) + "分，与所列得分"
                            + Figures.points(indicator.score()) + "分不符。",
                    List.of(Evidence.points("statedScore", indicator.score()), Evidence.points("partsTotal", scores),
                            Evidence.count("parts", parts.size()))));
        }
        BigDecimal weights = IndicatorTree.sumOf(parts, tree::effectiveWeight);
        if (differ(indicator.weight(), weights)) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                    "The weights of the parts of “" + indicator.name() + "” add up to " + Figures.points(weights)
                            + ", not its stated weight " + Figures.points(indicator.weight()) + ".",
                    "“" + indicator.name() + "”的下级指标分值合计" + Figures.points(weights) + "分，与所列分值"
                            + Figures.points(indicator.weight()) + "分不符。",
                    List.of(Evidence.points("statedWeight", indicator.weight()),
                            Evidence.points("partsTotal", weights), Evidence.count("parts", parts.size()))));
        }
    }

    private void checkDeducted(EvaluationFacts facts, Indicator indicator, List<FoundFlag> flags) {
        BigDecimal deducted = indicator.pointsDeducted();
        if (deducted == null) {
            return;
        }
        if (indicator.weight() != null && indicator.score() != null
                && differ(deducted, indicator.weight().subtract(indicator.score()))) {
            BigDecimal lost = indicator.weight().subtract(indicator.score());
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                    "“" + indicator.name() + "”: weight " + Figures.points(indicator.weight()) + " less score "
                            + Figures.points(indicator.score()) + " is " + Figures.points(lost) + ", but "
                            + Figures.points(deducted) + " points are stated as deducted.",
                    "“" + indicator.name() + "”分值" + Figures.points(indicator.weight()) + "分、得分"
                            + Figures.points(indicator.score()) + "分，应扣" + Figures.points(lost) + "分，所列扣分为"
                            + Figures.points(deducted) + "分。",
                    List.of(Evidence.points("weight", indicator.weight()), Evidence.points("score", indicator.score()),
                            Evidence.points("statedDeducted", deducted))));
        }
        if (indicator.deductions() > 0 && indicator.deductionsWithoutPoints() == 0
                && differ(deducted, indicator.deductionPoints())) {
            flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                    "“" + indicator.name() + "”: the itemised deductions add up to "
                            + Figures.points(indicator.deductionPoints()) + ", but " + Figures.points(deducted)
                            + " points are stated as deducted.",
                    "“" + indicator.name() + "”各项扣分合计" + Figures.points(indicator.deductionPoints())
                            + "分，与所列扣分" + Figures.points(deducted) + "分不符。",
                    List.of(Evidence.points("statedDeducted", deducted),
                            Evidence.points("partsTotal", indicator.deductionPoints()),
                            Evidence.count("parts", indicator.deductions()))));
        }
    }

    /** Whether a stated total and the sum of its parts are both there and differ. */
    private static boolean differ(BigDecimal stated, BigDecimal parts) {
        return stated != null && parts != null && stated.compareTo(parts) != 0;
    }
}
