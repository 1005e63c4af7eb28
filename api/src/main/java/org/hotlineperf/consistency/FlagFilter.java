package org.hotlineperf.consistency;

/**
 * Criteria for listing flags; null criteria do not filter.
 *
 * @param code       flags of this code
 * @param severity   flags of this severity
 * @param regionCode flags of projects of this region and of every region under it
 * @param fiscalYear flags whose period includes this year (a flag about a whole period covers each of its years)
 */
public record FlagFilter(FlagCode code, FlagSeverity severity, String regionCode, Integer fiscalYear) {

    public static final FlagFilter NONE = new FlagFilter(null, null, null, null);
}
