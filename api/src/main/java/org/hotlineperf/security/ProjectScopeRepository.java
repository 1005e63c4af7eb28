package org.hotlineperf.security;

import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.jooq.Records.mapping;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads a stored project's scope: its region and the names of its competent department and implementing unit.
 */
@Repository
class ProjectScopeRepository {

    private static final org.hotlineperf.db.tables.Organisation DEPARTMENT = ORGANISATION.as("department");
    private static final org.hotlineperf.db.tables.Organisation UNIT = ORGANISATION.as("unit");

    private final DSLContext dsl;

    ProjectScopeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ProjectScope scopeOf(long projectId) {
        return dsl.select(PROJECT.REGION_CODE, DEPARTMENT.NAME, UNIT.NAME)
                .from(PROJECT)
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PROJECT.COMPETENT_DEPARTMENT_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PROJECT.IMPLEMENTING_UNIT_ID))
                .where(PROJECT.ID.eq(projectId))
                .fetchSingle(mapping(ProjectScope::new));
    }
}
