package org.hotlineperf.analytics;

import java.util.List;

/**
 * The flags of the consistency checks for one region and fiscal year (null: flags about a whole multi-year period):
 * how many, by severity and by code, and how many projects and evaluations they concern. {@code rowKey} orders the
 * rows and is their cursor: region code * 10000 + year (0 for null).
 */
public record FlagCount(long rowKey, String regionCode, String regionName, Integer fiscalYear, long flags,
                        long errors, long warnings, long infos, long projects, long evaluations,
                        List<CodeCount> byCode) {

    /** The flags of one code in the row. */
    public record CodeCount(String code, long flags) {
    }
}
