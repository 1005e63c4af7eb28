package org.hotlineperf.analytics;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hotlineperf.graphql.Unavailability;
import org.hotlineperf.project.ProjectDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the analytics store in step with PostgreSQL: a full bulk load at start (after the seed dataset), then,
 * after every committed write, the rows of the projects it changed are replaced (no full reload per write). Nothing
 * committed is lost on the way: a sync that fails (PostgreSQL unreachable, the store unwritable) leaves its projects
 * pending, and a catch-up every {@code hotline-perf.analytics.catch-up-interval} (2 s) retries them until they are
 * in; it also rebuilds the store's file from PostgreSQL when the file was deleted or overwritten. The catch-up also
 * follows the audit trail, so writes made by another process (the command-line import, another instance) reach
 * the store too; a write this process made and synced is synced once more then, which changes nothing.
 */
@Component
@Order(AnalyticsSync.ORDER)
class AnalyticsSync implements ApplicationRunner {

    /** After the seed dataset loader, so that the first full load includes the seeds. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsSync.class);

    private final AnalyticsStore store;
    private final AnalyticsExtractor extractor;
    private final PendingProjects pending;
    private final RecordedWriteFeed recordedWrites;
    private volatile boolean loaded;
    private volatile boolean rebuildNeeded;

    AnalyticsSync(AnalyticsStore store, AnalyticsExtractor extractor, RecordedWrites recordedWrites) {
        this.store = store;
        this.extractor = extractor;
        this.pending = new PendingProjects(Clock.systemUTC());
        this.recordedWrites = new RecordedWriteFeed(recordedWrites, Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        fullLoad();
        loaded = true;
    }

    /** Replaces everything in the store with the current contents of PostgreSQL. */
    void fullLoad() {
        long start = System.nanoTime();
        Map<Long, PendingProjects.Entry> covered = pending.snapshot();
        long latestWrite = recordedWrites.latestId();
        store.replaceAll(this::appendEverything);
        recordedWrites.startAfter(latestWrite);
        pending.covered(covered);
        log.info("Analytics store {} loaded from PostgreSQL in {} ms", store.file(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onProjectDataChanged(ProjectDataChanged change) {
        List<Long> projectIds = List.copyOf(change.projectIds());
        try {
            sync(projectIds);
        } catch (RuntimeException e) {
            pending.add(projectIds);
            if (Unavailability.isUnavailable(e)) {
                log.warn("Analytics store could not follow the change of {} project(s) ({}); retrying until it can",
                        projectIds.size(), Unavailability.rootCauseMessage(e));
            } else {
                log.error("Analytics store could not follow the change of projects {}; retrying until it can",
                        projectIds, e);
            }
        }
    }

    /**
     * Catches up with what the store missed: rebuilds a lost file from PostgreSQL, then syncs the pending projects.
     * Either waits for the next round when PostgreSQL cannot be reached; meanwhile the store answers with what it has.
     */
    @Scheduled(fixedDelayString = "${hotline-perf.analytics.catch-up-interval:2s}")
    void catchUp() {
        if (!loaded) {
            return;
        }
        try {
            followRecordedWrites();
            if (!rebuildNeeded && store.fileLost()) {
                log.warn("Analytics file {} was deleted or overwritten; rebuilding it from PostgreSQL", store.file());
                rebuildNeeded = true;
            }
            if (rebuildNeeded) {
                rebuild();
            } else if (pending.size() > 0) {
                Map<Long, PendingProjects.Entry> retried = pending.snapshot();
                sync(List.copyOf(retried.keySet()));
                pending.covered(retried);
                log.info("Analytics store caught up with {} project(s)", retried.size());
            }
        } catch (RuntimeException e) {
            log.warn("Analytics store is still behind ({}); retrying in the next round",
                    Unavailability.rootCauseMessage(e));
        }
    }

    /** How far the store may be behind PostgreSQL. */
    AnalyticsFreshness freshness() {
        return new AnalyticsFreshness(loaded && pending.size() == 0, pending.since().orElse(null), pending.size());
    }

    /** Syncs the projects of writes recorded since the last round; a write to many projects asks for a rebuild. */
    private void followRecordedWrites() {
        List<RecordedWrites.RecordedWrite> writes = recordedWrites.unseen();
        if (writes.stream().anyMatch(write -> write.projectId() == null)) {
            rebuildNeeded = true;
            return;
        }
        List<Long> projectIds = writes.stream().map(RecordedWrites.RecordedWrite::projectId).distinct().toList();
        if (!projectIds.isEmpty()) {
            try {
                sync(projectIds);
            } catch (RuntimeException e) {
                pending.add(projectIds);
                throw e;
            }
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        Map<Long, PendingProjects.Entry> covered = pending.snapshot();
        long latestWrite = recordedWrites.latestId();
        store.rebuild(this::appendEverything);
        recordedWrites.startAfter(latestWrite);
        rebuildNeeded = false;
        pending.covered(covered);
        log.info("Analytics store {} rebuilt from PostgreSQL in {} ms", store.file(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private void sync(List<Long> projectIds) {
        Map<Long, PendingProjects.Entry> covered = pending.snapshot(projectIds);
        store.write(tables -> {
            tables.deleteProjects(projectIds);
            extractor.appendProjects(tables, projectIds);
        });
        pending.covered(covered);
    }

    private void appendEverything(Tables tables) throws SQLException {
        extractor.appendReferenceData(tables);
        extractor.appendAllProjects(tables);
    }
}
