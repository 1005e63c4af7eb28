package org.hotlineperf.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Performance goals declared before the period (绩效目标申报表) with their targets; funds in yuan.
 */
public record GoalDeclaration(
        long id,
        long projectId,
        String kind,
        int periodStartYear,
        int periodEndYear,
        String projectNameAsStated,
        String overallGoal,
        BigDecimal totalFunds,
        BigDecimal fiscalAppropriation,
        BigDecimal otherFunds,
        List<Target> targets) {

    /** A declared target (绩效指标 and 指标值). */
    public record Target(String level1, String level2, String name, String code, Integer fiscalYear,
                         String definition, Indicator.Measure target) {
    }
}
