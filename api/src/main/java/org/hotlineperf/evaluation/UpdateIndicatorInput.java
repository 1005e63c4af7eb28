package org.hotlineperf.evaluation;

import java.math.BigDecimal;
import org.springframework.graphql.data.ArgumentValue;

/**
 * A correction of an indicator's actual value, score and deduction reason, based on its {@code version}: an
 * omitted field stays as it is, a field given as null is cleared.
 */
public record UpdateIndicatorInput(
        String id,
        int version,
        ArgumentValue<BigDecimal> actualValue,
        ArgumentValue<String> actualUnit,
        ArgumentValue<String> actualText,
        ArgumentValue<BigDecimal> score,
        ArgumentValue<BigDecimal> pointsDeducted,
        ArgumentValue<String> deductionReason,
        ArgumentValue<String> comment) {
}
