package org.hotlineperf.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An operating figure recorded by hand for a project and period; rates are fractions (0.9428).
 */
public record RecordOperatingMetricInput(
        String projectId,
        String metric,
        String label,
        LocalDate periodStart,
        LocalDate periodEnd,
        String periodNote,
        String scope,
        BigDecimal value,
        String unit,
        BigDecimal numerator,
        BigDecimal denominator,
        String text) {
}
