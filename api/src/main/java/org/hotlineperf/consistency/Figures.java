package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How flag messages print figures: money in yuan (English) and in 万元 as the reports do (Chinese, in 元 where
 * 万元 would need more than two decimals), rates as percentages, points and other figures without trailing zeros.
 */
final class Figures {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    static String yuan(BigDecimal yuan) {
        return grouped(yuan) + " yuan";
    }

    static String yuanZh(BigDecimal yuan) {
        BigDecimal wan = yuan.divide(WAN);
        if (wan.stripTrailingZeros().scale() <= 2) {
            return wan.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "万元";
        }
        return grouped(yuan) + "元";
    }

    /** A fraction as a percentage with at most two decimals: 0.12638 as "12.64%". */
    static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    static String points(BigDecimal points) {
        return plain(points);
    }

    /** A stated target or actual: the printed text where there is one, else the value in its unit. */
    static String measure(BigDecimal value, String unit, String printed) {
        if (printed != null) {
            return printed;
        }
        if (value == null) {
            return "—";
        }
        return "%".equals(unit) ? percent(value) : plain(value) + (unit == null ? "" : unit);
    }

    /** The year a flag's figures belong to, or the evaluated period: "2018", "2018-2020". */
    static String period(Integer fiscalYear, int startYear, int endYear) {
        if (fiscalYear != null) {
            return fiscalYear.toString();
        }
        return startYear == endYear ? Integer.toString(startYear) : startYear + "-" + endYear;
    }

    static String periodZh(Integer fiscalYear, int startYear, int endYear) {
        return period(fiscalYear, startYear, endYear) + "年";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String grouped(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(yuan);
    }
}
