package org.hotlineperf.organisation;

import static org.jooq.impl.DSL.row;

import org.jooq.SelectField;

/**
 * The one way repositories select an organisation they join: as a nested {@link Organisation}, null when an
 * outer join finds none.
 */
public final class OrganisationFields {

    private OrganisationFields() {
    }

    public static SelectField<Organisation> organisation(org.hotlineperf.db.tables.Organisation table) {
        return row(table.ID, table.NAME, table.KIND, table.CODE).mapping(Organisation::ofNullable);
    }
}
