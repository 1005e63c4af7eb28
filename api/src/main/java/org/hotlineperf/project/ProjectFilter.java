package org.hotlineperf.project;

/**
 * Criteria for listing projects; null criteria do not filter.
 *
 * @param regionCode   the projects of this region and of every region under it
 * @param fiscalYear   the projects whose period includes this year
 * @param nameContains part of the name, case-insensitive, wildcards taken literally
 */
public record ProjectFilter(String regionCode, Integer fiscalYear, String nameContains) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null);
}
