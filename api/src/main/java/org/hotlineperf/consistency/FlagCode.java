package org.hotlineperf.consistency;

/**
 * The stable codes of the consistency checks: what a flag says is wrong. Clients branch on them; they never change
 * meaning (a new kind of finding gets a new code).
 */
public enum FlagCode {
    /** Parts that do not add up to the total the report states (scores, weights, points deducted). */
    SCORE_SUM_MISMATCH,
    /** A score above the indicator's weight, or a total above the total weight. */
    SCORE_EXCEEDS_WEIGHT,
    /** A stated grade other than the one the total earns by {@code grade_band}. */
    GRADE_MISMATCH,
    /** A quantitative target missed, yet the indicator scores full marks. */
    TARGET_MISSED_FULL_SCORE,
    /** A stated rate that its own numerator and denominator contradict. */
    STATED_RATE_CONTRADICTS_FIGURES,
    /** Spending above the final budget of a fiscal year. */
    BUDGET_OVERRUN,
    /** Spending paid from other funds than the project's (公用经费列支). */
    CHARGED_TO_OTHER_FUNDS,
    /** A budget adjustment the report says was made without a document. */
    ADJUSTMENT_WITHOUT_DOCUMENT,
    /** Ledger lines that do not add up to the reported expenditure (spending outside the project ledger). */
    LEDGER_MISMATCH,
    /** Full marks and not one problem listed. */
    PERFECT_SCORE_NO_PROBLEMS,
    /** A target of the goal declaration (目标申报表) that the evaluation never scored. */
    DECLARED_TARGET_NOT_EVALUATED,
    /** A stated score other than the one the indicator's scoring rule gives for its actual. */
    RULE_SCORE_MISMATCH
}
