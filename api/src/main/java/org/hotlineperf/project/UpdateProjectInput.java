package org.hotlineperf.project;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Changes to a project based on its {@code version}: an omitted field stays as it is, a field given as null is
 * cleared (where it may be). The key, by which import documents find the project, cannot change.
 */
public record UpdateProjectInput(
        String id,
        int version,
        ArgumentValue<String> name,
        ArgumentValue<String> attribute,
        ArgumentValue<String> regionCode,
        ArgumentValue<Integer> periodStartYear,
        ArgumentValue<Integer> periodEndYear,
        ArgumentValue<String> competentDepartment,
        ArgumentValue<String> implementingUnit,
        ArgumentValue<String> description) {
}
