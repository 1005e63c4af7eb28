package org.hotlineperf.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The score a rule gives for an actual: one value, or the lowest and highest a rule allows when it leaves the
 * counting of a partial step open. Values are rounded to four decimals.
 */
public record ScoreRange(BigDecimal lowest, BigDecimal highest) {

    private static final int SCALE = 4;

    public ScoreRange {
        lowest = lowest.setScale(SCALE, RoundingMode.HALF_UP);
        highest = highest.setScale(SCALE, RoundingMode.HALF_UP);
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("lowest " + lowest + " above highest " + highest);
        }
    }

    public static ScoreRange exactly(BigDecimal score) {
        return new ScoreRange(score, score);
    }

    public static ScoreRange between(BigDecimal one, BigDecimal other) {
        return new ScoreRange(one.min(other), one.max(other));
    }

    /** Whether the range is one value. */
    public boolean isExact() {
        return lowest.compareTo(highest) == 0;
    }

    /** Whether {@code score} lies in the range, allowing {@code tolerance} either side for rounding. */
    public boolean admits(BigDecimal score, BigDecimal tolerance) {
        return score.compareTo(lowest.subtract(tolerance)) >= 0 && score.compareTo(highest.add(tolerance)) <= 0;
    }
}
