package org.hotlineperf.scoring;

/** Where the rule applied to an indicator comes from. */
public enum ScoringRuleSource {

    /** The indicator's own structured rule: the report states it. */
    INDICATOR,

    /** The default of the indicator's catalogue code: the report states no rule of its own. */
    CATALOGUE,

    /** The proportional rule, for a quantitative indicator whose report states no rule and whose code has none. */
    PROPORTIONAL_DEFAULT
}
