package org.hotlineperf.organisation;

import static org.hotlineperf.db.Tables.ORGANISATION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Finds organisations by the name users and reports give them, creating one the first time a name is used.
 */
@Repository
public class OrganisationDirectory {

    private final DSLContext dsl;

    OrganisationDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The id of the organisation with this name, created if there is none; null for no name. */
    public Long idForName(String name) {
        if (name == null) {
            return null;
        }
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, name.strip())
                .onConflict(ORGANISATION.NAME)
                .doUpdate()
                .set(ORGANISATION.NAME, ORGANISATION.NAME)
                .returning(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
    }
}
