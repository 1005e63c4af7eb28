package org.hotlineperf.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * Which project-years a comparison covers; null criteria do not filter. Its meaning is defined once, in
 * {@code project_scope.sql}.
 *
 * @param regionCode     the projects of this region and of every region under it
 * @param level          the projects whose region is at this level (PROVINCE, PREFECTURE, COUNTY)
 * @param fiscalYearFrom first fiscal year, inclusive
 * @param fiscalYearTo   last fiscal year, inclusive
 * @param evaluationKind the years an evaluation of this kind (SELF, DEPARTMENT, THIRD_PARTY) covers
 */
public record ComparisonFilter(String regionCode, String level, Integer fiscalYearFrom, Integer fiscalYearTo,
                               String evaluationKind) {

    public static final ComparisonFilter NONE = new ComparisonFilter(null, null, null, null, null);

    /** The parameters of {@code project_years_in_scope}, in order. */
    List<Object> parameters() {
        return Arrays.asList(regionCode, level, fiscalYearFrom, fiscalYearTo, evaluationKind);
    }

    /** The parameters of {@code projects_in_scope}: the region and the level. */
    List<Object> projectParameters() {
        return Arrays.asList(regionCode, level);
    }
}
