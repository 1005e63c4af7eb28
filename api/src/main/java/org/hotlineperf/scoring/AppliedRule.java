package org.hotlineperf.scoring;

import java.util.Objects;

/**
 * The rule that decides an indicator's score, with its source. The indicator's own structured rule comes first;
 * where the report prints a rule in words that no kind expresses, nothing applies (the printed rule governs and
 * cannot be recomputed); otherwise the catalogue code's default, and for a quantitative indicator (a target
 * with operator and value, an actual in the same unit) the proportional rule.
 */
public record AppliedRule(ScoringRuleSource source, ScoringRule rule) {

    public AppliedRule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The rule for an indicator, or null when none applies.
     *
     * @param own              the indicator's structured rule, or null
     * @param ruleTextStated   whether the report prints a rule for the indicator (评价标准)
     * @param catalogueDefault the default rule of the indicator's catalogue code, or null
     * @param input            the indicator's target and actual
     */
    public static AppliedRule resolve(ScoringRule own, boolean ruleTextStated, ScoringRule catalogueDefault,
                                      RuleInput input) {
        if (own != null) {
            return new AppliedRule(ScoringRuleSource.INDICATOR, own);
        }
        if (ruleTextStated) {
            return null;
        }
        if (catalogueDefault != null) {
            return new AppliedRule(ScoringRuleSource.CATALOGUE, catalogueDefault);
        }
        if (input.targetOperator() != null && input.target() != null && input.actual() != null
                && Objects.equals(input.targetUnit(), input.actualUnit())) {
            return new AppliedRule(ScoringRuleSource.PROPORTIONAL_DEFAULT, new ScoringRule.Proportional());
        }
        return null;
    }

    /** The score the rule gives for the input; null when the input lacks what the rule needs. */
    public ScoreRange score(RuleInput input) {
        return rule.score(input);
    }
}
