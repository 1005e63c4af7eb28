package org.hotlineperf.project;

/**
 * A funded hotline project (项目) with its region and organisations.
 */
public record Project(
        long id,
        String key,
        String name,
        String attribute,
        String regionCode,
        Long competentDepartmentId,
        Long implementingUnitId,
        int periodStartYear,
        int periodEndYear,
        String description) {
}
