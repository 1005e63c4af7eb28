package org.hotlineperf.project;

/**
 * A new project as a user enters it; organisations are named and created if not yet known.
 */
public record CreateProjectInput(
        String key,
        String name,
        String attribute,
        String regionCode,
        int periodStartYear,
        int periodEndYear,
        String competentDepartment,
        String implementingUnit,
        String description) {
}
