package org.hotlineperf.editing;

import java.math.BigDecimal;
import org.hotlineperf.graphql.ArgumentProblems;

/**
 * The rules that the fields of hand edits share, each with one wording: required text and its length, decimals
 * that fit their column, amounts that may not be negative, years inside a project's period.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /** Text that must be present and not blank, at most {@code maxLength} characters. */
    public static void requiredText(ArgumentProblems problems, String argument, String value, int maxLength) {
        problems.require(value != null && !value.isBlank(), argument, "NOT_BLANK",
                () -> argument + " must not be blank");
        optionalText(problems, argument, value, maxLength);
    }

    /** Text that may be absent, at most {@code maxLength} characters. */
    public static void optionalText(ArgumentProblems problems, String argument, String value, int maxLength) {
        problems.require(value == null || value.length() <= maxLength, argument, "MAX_LENGTH",
                () -> argument + " must be at most " + maxLength + " characters, was " + value.length());
    }

    /**
     * A decimal that fits a {@code NUMERIC(precision, scale)} column: at most {@code scale} decimals and
     * {@code precision - scale} integer digits.
     */
    public static void fitsColumn(ArgumentProblems problems, String argument, BigDecimal value, int precision,
                                  int scale) {
        if (value == null) {
            return;
        }
        problems.require(value.stripTrailingZeros().scale() <= scale, argument, "DECIMAL_SCALE",
                () -> argument + " may have at most " + scale + " decimals, was " + value.toPlainString());
        problems.require(value.precision() - value.scale() <= precision - scale, argument, "DECIMAL_RANGE",
                () -> argument + " must be below 10^" + (precision - scale) + ", was " + value.toPlainString());
    }

    /** A value that may not be negative. */
    public static void nonNegative(ArgumentProblems problems, String argument, BigDecimal value) {
        problems.require(value == null || value.signum() >= 0, argument, "NON_NEGATIVE",
                () -> argument + " must not be negative, was " + value.toPlainString());
    }

    /** A stated figure (count, rate, value of a target or actual): not negative, fits {@code NUMERIC(24, 6)}. */
    public static void figure(ArgumentProblems problems, String argument, BigDecimal value) {
        nonNegative(problems, argument, value);
        fitsColumn(problems, argument, value, 24, 6);
    }

    /** A fiscal year inside a project's period. */
    public static void yearInPeriod(ArgumentProblems problems, String argument, int year, int periodStart,
                                    int periodEnd) {
        problems.require(year >= periodStart && year <= periodEnd, argument, "FISCAL_YEAR_IN_PROJECT_PERIOD",
                () -> argument + " must lie in the project's period " + periodStart + "-" + periodEnd + ", was "
                        + year);
    }
}
