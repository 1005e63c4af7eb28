package org.hotlineperf.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic and wording the rules share. */
final class Steps {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Steps() {
    }

    static boolean reaches(BigDecimal actual, BigDecimal threshold, boolean inclusive) {
        int comparison = actual.compareTo(threshold);
        return comparison > 0 || (comparison == 0 && inclusive);
    }

    /** The weight less the deduction for {@code shortfall}, per the counting (both readings when open). */
    static ScoreRange deduct(BigDecimal shortfall, BigDecimal step, BigDecimal perStep, BigDecimal weight,
                             StepCounting counting) {
        BigDecimal steps = shortfall.divide(step, MathContext.DECIMAL64);
        BigDecimal whole = steps.setScale(0, RoundingMode.FLOOR);
        BigDecimal started = steps.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
        if (counting == null) {
            return ScoreRange.between(after(started, perStep, weight), after(whole, perStep, weight));
        }
        return ScoreRange.exactly(after(switch (counting) {
            case WHOLE_STEPS -> whole;
            case STARTED_STEPS -> started;
            case PRO_RATA -> steps;
        }, perStep, weight));
    }

    private static BigDecimal after(BigDecimal steps, BigDecimal perStep, BigDecimal weight) {
        return weight.subtract(steps.multiply(perStep)).max(BigDecimal.ZERO);
    }

    static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    static void requireNonNegative(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    /** A rule figure as printed: a rate as a percentage, other values with their unit. */
    static String figure(BigDecimal value, String unit) {
        if (ScoringRule.PERCENT.equals(unit)) {
            return plain(value.multiply(HUNDRED)) + "%";
        }
        return plain(value) + (unit == null ? "" : unit);
    }

    /** A shortfall as printed: percentage points for rates, else the value with its unit. */
    static String difference(BigDecimal value, String unit) {
        if (ScoringRule.PERCENT.equals(unit)) {
            BigDecimal points = value.multiply(HUNDRED);
            return plain(points) + (points.compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points");
        }
        return figure(value, unit);
    }

    static String differenceZh(BigDecimal value, String unit) {
        return ScoringRule.PERCENT.equals(unit) ? plain(value.multiply(HUNDRED)) + "个百分点" : figure(value, unit);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String counting(StepCounting counting) {
        return counting == null ? "" : switch (counting) {
            case WHOLE_STEPS -> " (whole steps only)";
            case STARTED_STEPS -> " (a started step counts)";
            case PRO_RATA -> " (pro rata)";
        };
    }

    static String countingZh(StepCounting counting) {
        return counting == null ? "" : switch (counting) {
            case WHOLE_STEPS -> "（不足一档不扣）";
            case STARTED_STEPS -> "（不足一档按一档扣）";
            case PRO_RATA -> "（按比例扣）";
        };
    }
}
