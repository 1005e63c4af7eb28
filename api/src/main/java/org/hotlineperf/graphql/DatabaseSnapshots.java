package org.hotlineperf.graphql;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's current snapshot ({@code pg_current_snapshot()}) as text, with the server's start time: the
 * transactions that had completed when it was taken, on this run of the server. Two equal snapshots see the same
 * committed data in every table, whoever wrote it; a snapshot changes whenever a write commits anywhere in the
 * cluster, never through reads, and a restart (as after restoring a backup) changes it too.
 *
 * <p>While PostgreSQL cannot be reached, a request that asked would wait for the pool's connection timeout here and
 * then again for its own statements. So after a failure to reach it, requests no longer ask: a probe in the
 * background asks at most once per {@link #BACK_OFF}, and once it gets an answer requests ask again.
 */
@Component
class DatabaseSnapshots {

    private static final Duration BACK_OFF = Duration.ofSeconds(2);
    private static final Field<String> SNAPSHOT =
            DSL.function("pg_current_snapshot", SQLDataType.OTHER).cast(SQLDataType.VARCHAR);
    private static final Field<String> SERVER_STARTED =
            DSL.function("pg_postmaster_start_time", SQLDataType.OTHER).cast(SQLDataType.VARCHAR);

    private final DSLContext dsl;
    private final Duration backOff;
    private final Executor probes;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean unreachable;
    private volatile long nextProbe;

    @Autowired
    DatabaseSnapshots(DSLContext dsl) {
        this(dsl, BACK_OFF, Thread.ofVirtual().name("snapshot-probe")::start);
    }

    DatabaseSnapshots(DSLContext dsl, Duration backOff, Executor probes) {
        this.dsl = dsl;
        this.backOff = backOff;
        this.probes = probes;
    }

    /** The current snapshot, or empty when PostgreSQL cannot be asked. */
    Optional<String> current() {
        if (unreachable) {
            probeWhenDue();
            return Optional.empty();
        }
        return ask();
    }

    private Optional<String> ask() {
        try {
            Record2<String, String> current = dsl.select(SNAPSHOT, SERVER_STARTED).fetchSingle();
            unreachable = false;
            return Optional.of(current.value1() + " " + current.value2());
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException failure) {
            if (Unavailability.isUnavailable(failure)) {
                nextProbe = System.nanoTime() + backOff.toNanos();
                unreachable = true;
            }
            return Optional.empty();
        }
    }

    private void probeWhenDue() {
        if (System.nanoTime() - nextProbe >= 0 && probing.compareAndSet(false, true)) {
            nextProbe = System.nanoTime() + backOff.toNanos();
            probes.execute(() -> {
                try {
                    ask();
                } finally {
                    probing.set(false);
                }
            });
        }
    }
}
