package org.hotlineperf.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * A correction of a stored operating figure based on its {@code version}: an omitted field stays as it is, a
 * field given as null is cleared (where it may be).
 */
public record CorrectOperatingMetricInput(
        String id,
        int version,
        ArgumentValue<String> label,
        ArgumentValue<LocalDate> periodStart,
        ArgumentValue<LocalDate> periodEnd,
        ArgumentValue<String> periodNote,
        ArgumentValue<String> scope,
        ArgumentValue<BigDecimal> value,
        ArgumentValue<String> unit,
        ArgumentValue<BigDecimal> numerator,
        ArgumentValue<BigDecimal> denominator,
        ArgumentValue<String> text) {
}
