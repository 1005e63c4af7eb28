package org.hotlineperf.analytics;

import java.math.BigDecimal;

/**
 * One catalogue indicator as one evaluation scored it: target, actual, weight and score, and whether the target
 * was attained.
 */
public record IndicatorComparison(long indicatorId, String indicatorName, int level, String targetOperator,
                                  BigDecimal targetValue, String targetUnit, String targetText,
                                  BigDecimal actualValue, String actualText, BigDecimal weight, BigDecimal score,
                                  long evaluationId, String kind, int periodStartYear, int periodEndYear,
                                  long projectId, String projectKey, String projectName, String regionCode,
                                  String regionName) {

    /** Whether the actual meets the target; null for a qualitative target or a missing value. */
    public Boolean attained() {
        return Measures.attained(targetOperator, targetValue, actualValue);
    }

    public BigDecimal scoreRate() {
        return Measures.scoreRate(score, weight);
    }
}
