package org.hotlineperf.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and printing of the generated amounts and rates, in one place so that every figure of the synthetic
 * dataset is rounded the same way: ledger money in yuan with two decimals, budgets to whole hundreds of yuan as
 * budgets are set, amounts in 万元 where a report prints them, rates as fractions.
 */
final class Money {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Yuan to the fen. */
    static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(Math.round(amount * 100), 2);
    }

    /** Yuan to whole hundreds, as budget lines are set. */
    static BigDecimal hundreds(double amount) {
        return BigDecimal.valueOf(Math.round(amount / 100) * 100_00, 2);
    }

    /** The amount in 万元 with two decimals, as reports print it. */
    static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP);
    }

    /** A fraction with the given number of decimals. */
    static BigDecimal fraction(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** numerator / denominator as a fraction with six decimals. */
    static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    /** numerator / denominator as a fraction with six decimals. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 6, RoundingMode.HALF_UP);
    }

    /** A fraction printed as a percentage: 0.9734 as "97.34%", 0.9 as "90%". */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** Points printed without trailing zeros: 1.50 as "1.5". */
    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
