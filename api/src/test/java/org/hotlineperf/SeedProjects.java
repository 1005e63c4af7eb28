package org.hotlineperf;

import static org.hotlineperf.db.Tables.PROJECT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Test helper: the database id of a seed project by its stable key.
 */
@Component
public class SeedProjects {

    private final DSLContext dsl;

    public SeedProjects(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long idOf(String projectKey) {
        return dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(projectKey)).fetchSingle(PROJECT.ID);
    }
}
