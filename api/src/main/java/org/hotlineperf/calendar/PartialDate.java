package org.hotlineperf.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A date as precisely as a report states it ("2021", "2021-08" or "2021-08-15"). Stored as its first day plus a
 * precision, so that a month the report names is never presented as a day it does not.
 */
public record PartialDate(LocalDate firstDay, Precision precision) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    /** How much of the date the report states. */
    public enum Precision { YEAR, MONTH, DAY }

    /** The stored pair as a value; null when the report states no date. */
    public static PartialDate of(LocalDate firstDay, String precision) {
        return firstDay == null ? null : new PartialDate(firstDay, Precision.valueOf(precision));
    }

    /** ISO 8601 at the stated precision. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.valueOf(firstDay.getYear());
            case MONTH -> firstDay.format(MONTH);
            case DAY -> firstDay.toString();
        };
    }
}
