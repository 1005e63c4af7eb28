package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One evaluation in a score comparison: kind, total, the grade the total earns, its rank within the compared
 * set, and the score of each level-1 group.
 */
public record ScoreComparison(long evaluationId, String kind, int periodStartYear, int periodEndYear,
                              BigDecimal totalWeight, BigDecimal totalScore, String grade, Integer rank,
                              long projectId, String projectKey, String projectName, String regionCode,
                              String regionName, List<Group> groups) {

    /** Points lost over the whole evaluation (总扣分) = total weight - total score. */
    public BigDecimal pointsLost() {
        return Measures.pointsLost(totalWeight, totalScore);
    }

    /** A level-1 group (一级指标) with its weight and score. */
    public record Group(String name, BigDecimal weight, BigDecimal score) {

        public BigDecimal scoreRate() {
            return Measures.scoreRate(score, weight);
        }
    }
}
