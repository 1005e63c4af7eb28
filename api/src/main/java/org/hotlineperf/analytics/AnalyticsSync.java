package org.hotlineperf.analytics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hotlineperf.graphql.Unavailability;
import org.hotlineperf.project.ProjectDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the analytics store in step with PostgreSQL: a full bulk load at start (after the seed dataset), then,
 * after every committed write, the rows of the projects it changed are replaced (no full reload per write; writes
 * that commit while such a sync runs are taken in together by the next, {@link SyncBatches}). Nothing
 * committed is lost on the way: a sync that fails (PostgreSQL unreachable, the store unwritable) leaves its projects
 * pending, and a catch-up every {@code hotline-perf.analytics.catch-up-interval} (2 s) retries them until they are
 * in; it also rebuilds the store's file from PostgreSQL when the file was deleted or overwritten, and takes in the
 * projects that other processes changed, as the audit trail names them.
 */
@Component
@Order(AnalyticsSync.ORDER)
class AnalyticsSync implements ApplicationRunner {

    /** After the seed dataset loader, so that the first full load includes the seeds. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsSync.class);

    /** How long an audit entry id may stay missing (its write not yet committed) before it counts as rolled back. */
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(5);
    private static final int CHANGES_PER_ROUND = 5_000;

    private final AnalyticsStore store;
    private final AnalyticsExtractor extractor;
    private final AuditChanges auditChanges;
    private final Clock clock = Clock.systemUTC();
    private final PendingProjects pending = new PendingProjects(clock);
    private final ChangeFollower follower = new ChangeFollower(GAP_TIMEOUT);
    /**
     * The audit entries of this process's writes whose sync after the commit succeeded: the follower takes them in
     * without syncing their projects again. Each leaves the set once the follower has taken it in.
     */
    private final Set<Long> syncedAfterCommit = ConcurrentHashMap.newKeySet();
    private final SyncBatches afterCommit = new SyncBatches();
    /**
     * A read-only transaction around the catch-up, so that it holds its PostgreSQL connection before it takes the
     * store's write lock. Taking the lock first and then waiting for a connection made a convoy under load: the
     * syncs after each commit hold their write's connection while they wait for the lock, the pool ran dry, and
     * the lock holder waited for a connection none of them would give back (found by the load-and-fault run).
     */
    private final TransactionTemplate withConnection;
    private volatile boolean loaded;
    private volatile boolean rebuildNeeded;

    AnalyticsSync(AnalyticsStore store, AnalyticsExtractor extractor, AuditChanges auditChanges,
                  PlatformTransactionManager transactions, MeterRegistry meters) {
        Gauge.builder("hotline.analytics.sync.waiting", afterCommit, SyncBatches::waiting)
                .description("Syncs after commit waiting for the running one, each holding its write's connection")
                .register(meters);
        this.store = store;
        this.extractor = extractor;
        this.auditChanges = auditChanges;
        this.withConnection = new TransactionTemplate(transactions);
        this.withConnection.setReadOnly(true);
    }

    /**
     * Loads everything and starts following the audit trail after the entries older than the gap timeout: the
     * newer ones may belong to writes not yet committed, so the first rounds take them in again.
     */
    @Override
    public void run(ApplicationArguments args) {
        follower.startAfter(auditChanges.newestBefore(clock.instant().minus(GAP_TIMEOUT).atOffset(ZoneOffset.UTC)));
        fullLoad();
        loaded = true;
    }

    /** Replaces everything in the store with the current contents of PostgreSQL. */
    void fullLoad() {
        long start = System.nanoTime();
        withConnection.executeWithoutResult(status -> loadEverything());
        log.info("Analytics store {} loaded from PostgreSQL in {} ms", store.file(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onProjectDataChanged(ProjectDataChanged change) {
        List<Long> projectIds = List.copyOf(change.projectIds());
        try {
            afterCommit.sync(projectIds, this::sync);
            if (change.auditEntryId() != null) {
                syncedAfterCommit.add(change.auditEntryId());
            }
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
            if (!rebuildNeeded && store.fileLost()) {
                log.warn("Analytics file {} was deleted or overwritten; rebuilding it from PostgreSQL", store.file());
                rebuildNeeded = true;
            }
            withConnection.executeWithoutResult(status -> {
                if (rebuildNeeded) {
                    rebuild();
                } else if (pending.size() > 0) {
                    Map<Long, PendingProjects.Entry> retried = pending.snapshot();
                    sync(List.copyOf(retried.keySet()));
                    pending.covered(retried);
                    log.info("Analytics store caught up with {} project(s)", retried.size());
                }
                followOtherWriters();
            });
        } catch (RuntimeException e) {
            log.warn("Analytics catch-up could not finish ({}); trying again in the next round",
                    Unavailability.rootCauseMessage(e));
        }
    }

    /**
     * Takes in the projects named by audit entries not taken in yet: the writes of other processes, such as the
     * command-line import or another instance. This process's own writes are skipped once their sync after the
     * commit has succeeded; one whose sync failed is pending, and its entry brings its projects again.
     */
    private void followOtherWriters() {
        List<AuditChanges.AuditChange> changes = new ArrayList<>(
                auditChanges.after(follower.readAfter(), CHANGES_PER_ROUND));
        Set<Long> missing = follower.missing();
        if (!missing.isEmpty()) {
            changes.addAll(auditChanges.withIds(missing));
        }
        List<AuditChanges.AuditChange> notSynced = changes.stream()
                .filter(change -> !syncedAfterCommit.contains(change.id()))
                .toList();
        if (follower.wholeDatasetWritten(notSynced)) {
            long start = System.nanoTime();
            loadEverything();
            log.info("Analytics store reloaded from PostgreSQL in {} ms: another process wrote a whole dataset",
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } else {
            Set<Long> projects = follower.projectsToSync(notSynced);
            if (!projects.isEmpty()) {
                sync(List.copyOf(projects));
                log.debug("Analytics store took in {} project(s) from the audit trail", projects.size());
            }
        }
        follower.taken(changes, clock.instant());
        syncedAfterCommit.removeIf(follower::hasTaken);
    }

    /** How far the store may be behind PostgreSQL. */
    AnalyticsFreshness freshness() {
        return new AnalyticsFreshness(loaded && pending.size() == 0, pending.since().orElse(null), pending.size());
    }

    private void rebuild() {
        long start = System.nanoTime();
        Map<Long, PendingProjects.Entry> covered = pending.snapshot();
        store.rebuild(this::appendEverything);
        rebuildNeeded = false;
        pending.covered(covered);
        log.info("Analytics store {} rebuilt from PostgreSQL in {} ms", store.file(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private void loadEverything() {
        Map<Long, PendingProjects.Entry> covered = pending.snapshot();
        store.replaceAll(this::appendEverything);
        pending.covered(covered);
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
