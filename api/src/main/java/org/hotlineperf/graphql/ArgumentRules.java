package org.hotlineperf.graphql;

import java.util.function.Predicate;
import org.hotlineperf.calendar.FiscalYears;

/**
 * Rules that arguments of several fields share, each with one wording of its error.
 */
public final class ArgumentRules {

    private ArgumentRules() {
    }

    /**
     * Text that reaches PostgreSQL must not hold the NUL character, which PostgreSQL text cannot store or compare;
     * without this rule such a value fails inside the database as an internal error (found by the fuzz run).
     */
    public static void storableText(String argument, String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw new InvalidArgumentException(argument, "NO_NUL_CHARACTER",
                    argument + " must not contain the NUL character (U+0000)");
        }
    }

    /** A region code, if given, must be the code of a region we know ({@code known} says which). */
    public static void knownRegionCode(String argument, String code, Predicate<String> known) {
        if (code != null && !known.test(code)) {
            throw new InvalidArgumentException(argument, "KNOWN_REGION_CODE", argument
                    + " must be the six-digit GB/T 2260 code of a known region, was " + InvalidArgumentException.quoted(code));
        }
    }

    /** A fiscal year, if given, must lie in the range the system accepts. */
    public static void fiscalYear(String argument, Integer year) {
        if (year != null && !FiscalYears.isValid(year)) {
            throw new InvalidArgumentException(argument, "FISCAL_YEAR_RANGE", argument + " must be between "
                    + FiscalYears.FIRST + " and " + FiscalYears.LAST + ", was " + year);
        }
    }
}
