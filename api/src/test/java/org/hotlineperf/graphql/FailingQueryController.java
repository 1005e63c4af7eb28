package org.hotlineperf.graphql;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test-only resolver of {@code Query.failingQuery}: runs a statement against a table that does not exist, so
 * that the database's error message (with SQL and names) is what a careless server would leak.
 */
@Controller
class FailingQueryController {

    private final DSLContext dsl;

    FailingQueryController(DSLContext dsl) {
        this.dsl = dsl;
    }

    @QueryMapping
    String failingQuery() {
        return dsl.selectFrom(table(name("secret_internal_table"))).fetchOne().toString();
    }
}
