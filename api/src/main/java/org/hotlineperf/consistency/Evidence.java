package org.hotlineperf.consistency;

import java.math.BigDecimal;

/**
 * A figure behind a flag, so that a reader can trace the number: a stable name (e.g. {@code finalBudget}) and a
 * decimal value with its unit, or a text. Units: {@value #YUAN} for money, {@value #FRACTION} for rates and
 * ratios, {@value #POINTS} for weights and scores, {@value #COUNT} for counts; otherwise the unit as the report
 * prints it (个, 万元, 名).
 */
public record Evidence(String name, BigDecimal value, String unit, String text) {

    public static final String YUAN = "YUAN";
    public static final String FRACTION = "FRACTION";
    public static final String POINTS = "POINTS";
    public static final String COUNT = "COUNT";

    static Evidence money(String name, BigDecimal yuan) {
        return new Evidence(name, yuan, YUAN, null);
    }

    static Evidence rate(String name, BigDecimal fraction) {
        return new Evidence(name, fraction, FRACTION, null);
    }

    static Evidence points(String name, BigDecimal points) {
        return new Evidence(name, points, POINTS, null);
    }

    static Evidence count(String name, long count) {
        return new Evidence(name, BigDecimal.valueOf(count), COUNT, null);
    }

    /** A stated figure with the unit it is stored in: a rate (unit %) as a fraction, anything else as printed. */
    static Evidence figure(String name, BigDecimal value, String unit, String printed) {
        return new Evidence(name, value, "%".equals(unit) ? FRACTION : unit, printed);
    }

    static Evidence text(String name, String text) {
        return new Evidence(name, null, null, text);
    }
}
