package org.hotlineperf.analytics;

import java.math.BigDecimal;

/**
 * Deductions recorded under one level-1 / level-2 indicator group across the compared evaluations: how many,
 * on how many evaluations, and the points stated for them.
 */
public record DeductionGroup(String level1Group, String level2Group, long deductions, long evaluations,
                             BigDecimal pointsStated, long deductionsWithoutPoints) {
}
