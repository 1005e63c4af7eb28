package org.hotlineperf.scoring;

import java.math.BigDecimal;

/**
 * The rule applied to an indicator and the lowest and highest score it gives for the stated actual (null when the
 * rule cannot be applied to what is stated).
 */
record RuleScore(ScoringRuleSource source, ScoringRuleView rule, BigDecimal lowest, BigDecimal highest) {
}
