package org.hotlineperf.limits;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.val;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test-only resolvers of {@code Query.slowStatement} (a statement that sleeps in PostgreSQL) and
 * {@code Query.slowField} (a resolver that sleeps in Java), so that the timeouts can be tripped on demand.
 */
@Controller
class SlowQueryController {

    private final DSLContext dsl;

    SlowQueryController(DSLContext dsl) {
        this.dsl = dsl;
    }

    @QueryMapping
    Boolean slowStatement(@Argument int seconds) {
        dsl.select(function("pg_sleep", SQLDataType.OTHER, val(seconds))).fetch();
        return true;
    }

    @QueryMapping
    Boolean slowField(@Argument int seconds) throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(seconds));
        return true;
    }
}
