package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;
import org.hotlineperf.scoring.AppliedRule;
import org.hotlineperf.scoring.RuleInput;
import org.hotlineperf.scoring.ScoreRange;
import org.hotlineperf.scoring.ScoringRuleSource;

/**
 * RULE_SCORE_MISMATCH: a stated score outside what the indicator's scoring rule gives for its actual
 * ({@link AppliedRule}: its own structured rule, else its catalogue default, else proportional). Scores are
 * printed to one or two decimals, so a difference up to {@link #TOLERANCE} is rounding. A rule the report states
 * makes a mismatch an ERROR; a default rule the report never stated, INFO.
 */
final class RuleScoreCheck implements Check {

    /** Half a tenth of a point: the rounding of a score printed to one decimal. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    @Override
    public FlagCode code() {
        return FlagCode.RULE_SCORE_MISMATCH;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (Indicator indicator : facts.indicators()) {
            if (indicator.notApplicable() || indicator.score() == null || indicator.weight() == null) {
                continue;
            }
            RuleInput input = indicator.ruleInput();
            AppliedRule applied = AppliedRule.resolve(indicator.structuredRule(), indicator.ruleTextStated(),
                    indicator.catalogueDefaultRule(), input);
            ScoreRange range = applied == null ? null : applied.score(input);
            if (range == null || range.admits(indicator.score(), TOLERANCE)) {
                continue;
            }
            flags.add(flag(facts, indicator, applied, range));
        }
        return flags;
    }

    private FoundFlag flag(EvaluationFacts facts, Indicator indicator, AppliedRule applied, ScoreRange range) {
        boolean stated = applied.source() == ScoringRuleSource.INDICATOR;
        String source = switch (applied.source()) {
            case INDICATOR -> "stated";
            case CATALOGUE -> "catalogue default";
            case PROPORTIONAL_DEFAULT -> "default proportional";
        };
        String sourceZh = switch (applied.source()) {
            case INDICATOR -> "报告所列";
            case CATALOGUE -> "指标目录默认";
            case PROPORTIONAL_DEFAULT -> "默认按比例";
        };
        String actual = Figures.measure(indicator.actualValue(), indicator.actualUnit(), indicator.actualText());
        String gives = range.isExact() ? Figures.points(range.lowest())
                : Figures.points(range.lowest()) + " to " + Figures.points(range.highest());
        String givesZh = range.isExact() ? Figures.points(range.lowest())
                : Figures.points(range.lowest()) + "至" + Figures.points(range.highest());
        return facts.flag(code(), stated ? FlagSeverity.ERROR : FlagSeverity.INFO, facts.evaluationYear(),
                indicator.id(),
                "“" + indicator.name() + "”: the " + source + " rule (" + applied.rule().summary() + ") gives "
                        + gives + " for the actual " + actual + "; the report scores "
                        + Figures.points(indicator.score()) + ".",
                "“" + indicator.name() + "”：按" + sourceZh + "评分规则（" + applied.rule().summaryZh() + "），实际完成"
                        + actual + "应得" + givesZh + "分，报告得分" + Figures.points(indicator.score()) + "分。",
                List.of(Evidence.figure("actual", indicator.actualValue(), indicator.actualUnit(),
                                indicator.actualText()),
                        Evidence.points("weight", indicator.weight()),
                        Evidence.points("score", indicator.score()),
                        Evidence.points("ruleScoreLowest", range.lowest().stripTrailingZeros()),
                        Evidence.points("ruleScoreHighest", range.highest().stripTrailingZeros()),
                        Evidence.text("rule", applied.rule().kind().name()),
                        Evidence.text("ruleSource", applied.source().name())));
    }
}
