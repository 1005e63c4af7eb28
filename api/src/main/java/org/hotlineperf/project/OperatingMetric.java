package org.hotlineperf.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An operating figure of a hotline for a period (话务量, 工单, rates, staffing); rates are fractions;
 * {@code version} rises with every edit (optimistic locking).
 */
public record OperatingMetric(
        long id,
        long projectId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String periodNote,
        String metric,
        String label,
        String scope,
        BigDecimal value,
        String unit,
        BigDecimal numerator,
        BigDecimal denominator,
        String text,
        int version) {
}
