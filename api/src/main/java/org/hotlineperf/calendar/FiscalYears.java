package org.hotlineperf.calendar;

/**
 * The range of fiscal years the system accepts, the same as the database's check constraints.
 */
public final class FiscalYears {

    public static final int FIRST = 1990;
    public static final int LAST = 2100;

    private FiscalYears() {
    }

    public static boolean isValid(int year) {
        return year >= FIRST && year <= LAST;
    }
}
