package org.hotlineperf.scoring;

import java.math.BigDecimal;

/**
 * What a scoring rule looks at: the indicator's weight (分值), its actual (value in stored form, unit, printed
 * text) and its target (operator, value, unit), as stored. Rates are fractions.
 */
public record RuleInput(
        BigDecimal weight,
        BigDecimal actual,
        String actualUnit,
        String actualText,
        String targetOperator,
        BigDecimal target,
        String targetUnit) {
}
