package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The single definition of every derived money measure, used by the entity reads (PostgreSQL) and by the
 * comparisons (DuckDB) alike: the stores aggregate the inputs, this class derives the ratios. A missing input
 * gives null, never 0.
 */
public final class Measures {

    private Measures() {
    }

    /** 全年预算数 = initial budget + sum(adjustments). */
    public static BigDecimal finalBudget(BigDecimal initialBudget, BigDecimal adjustmentTotal) {
        if (initialBudget == null) {
            return null;
        }
        return adjustmentTotal == null ? initialBudget : initialBudget.add(adjustmentTotal);
    }

    /** 预算执行率 = expenditure / final budget, as a fraction. */
    public static BigDecimal executionRate(BigDecimal expenditure, BigDecimal finalBudget) {
        return ratio(expenditure, finalBudget);
    }

    /** 超预算比例 = expenditure / final budget - 1; positive means spending above budget. */
    public static BigDecimal overrunRatio(BigDecimal expenditure, BigDecimal finalBudget) {
        BigDecimal executionRate = executionRate(expenditure, finalBudget);
        return executionRate == null ? null : executionRate.subtract(BigDecimal.ONE);
    }

    /** 资金到位率 = funds received / final budget (the funds planned for the period), as a fraction. */
    public static BigDecimal fundsReceivedRate(BigDecimal fundsReceived, BigDecimal finalBudget) {
        return ratio(fundsReceived, finalBudget);
    }

    /** An operating rate stated with its parts (接通率, 办结率, 回访率 ...) = numerator / denominator. */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return ratio(numerator, denominator);
    }

    /** Cost per unit (per answered call, per ticket) = expenditure / count, in yuan. */
    public static BigDecimal costPer(BigDecimal expenditure, BigDecimal count) {
        return ratio(expenditure, count);
    }

    /** 得分率 = score / weight, per indicator or per level-1 group. */
    public static BigDecimal scoreRate(BigDecimal score, BigDecimal weight) {
        return ratio(score, weight);
    }

    /** Points lost (失分) = weight - score. */
    public static BigDecimal pointsLost(BigDecimal weight, BigDecimal score) {
        return weight == null || score == null ? null : weight.subtract(score);
    }

    /** Year-on-year change (同比变化) = value / previous value - 1. */
    public static BigDecimal change(BigDecimal value, BigDecimal previous) {
        BigDecimal ratio = ratio(value, previous);
        return ratio == null ? null : ratio.subtract(BigDecimal.ONE);
    }

    /**
     * Whether an actual meets its target (目标是否达成) under the target's operator (GTE, GT, LTE, LT, EQ); null
     * when the target or the actual has no value or no operator (a qualitative target).
     */
    public static Boolean attained(String operator, BigDecimal target, BigDecimal actual) {
        if (operator == null || target == null || actual == null) {
            return null;
        }
        int comparison = actual.compareTo(target);
        return switch (operator) {
            case "GTE" -> comparison >= 0;
            case "GT" -> comparison > 0;
            case "LTE" -> comparison <= 0;
            case "LT" -> comparison < 0;
            case "EQ" -> comparison == 0;
            default -> throw new IllegalArgumentException("Unknown target operator " + operator);
        };
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }
}
