package org.hotlineperf.project;

import org.hotlineperf.organisation.Organisation;
import org.hotlineperf.region.Region;

/**
 * A funded hotline project (项目) with its region and organisations; the period is in fiscal years;
 * {@code version} rises with every change (optimistic locking).
 */
public record Project(
        long id,
        String key,
        String name,
        String attribute,
        Region region,
        Organisation competentDepartment,
        Organisation implementingUnit,
        int periodStartYear,
        int periodEndYear,
        String description,
        int version) {
}
