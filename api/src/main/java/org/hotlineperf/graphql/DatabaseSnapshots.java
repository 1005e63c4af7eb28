package org.hotlineperf.graphql;

import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's current snapshot ({@code pg_current_snapshot()}) as text, with the server's start time: the
 * transactions that had completed when it was taken, on this run of the server. Two equal snapshots see the same
 * committed data in every table, whoever wrote it; a snapshot changes whenever a write commits anywhere in the
 * cluster, never through reads, and a restart (as after restoring a backup) changes it too.
 *
 * <p>While PostgreSQL cannot be reached, asking again for every request would make each wait for the pool's
 * connection timeout twice (here and in the request itself), so after such a failure the snapshot is not asked
 * for during {@link #BACK_OFF}.
 */
@Component
class DatabaseSnapshots {

    private static final Duration BACK_OFF = Duration.ofSeconds(2);
    private static final Field<String> SNAPSHOT =
            DSL.function("pg_current_snapshot", SQLDataType.OTHER).cast(SQLDataType.VARCHAR);
    private static final Field<String> SERVER_STARTED =
            DSL.function("pg_postmaster_start_time", SQLDataType.OTHER).cast(SQLDataType.VARCHAR);

    private final DSLContext dsl;
    private volatile long unreachableUntil = System.nanoTime();

    DatabaseSnapshots(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current snapshot, or empty when PostgreSQL cannot be asked. */
    Optional<String> current() {
        if (System.nanoTime() - unreachableUntil < 0) {
            return Optional.empty();
        }
        try {
            Record2<String, String> current = dsl.select(SNAPSHOT, SERVER_STARTED).fetchSingle();
            return Optional.of(current.value1() + " " + current.value2());
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException failure) {
            if (Unavailability.isUnavailable(failure)) {
                unreachableUntil = System.nanoTime() + BACK_OFF.toNanos();
            }
            return Optional.empty();
        }
    }
}
