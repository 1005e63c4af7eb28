package org.hotlineperf.analytics;

import java.time.Duration;
import java.util.List;
import org.hotlineperf.project.ProjectDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the analytics store in step with PostgreSQL: a full bulk load at start (after the seed dataset), then,
 * after every committed write, the rows of the projects it changed are replaced (no full reload per write).
 */
@Component
@Order(AnalyticsSync.ORDER)
class AnalyticsSync implements ApplicationRunner {

    /** After the seed dataset loader, so that the first full load includes the seeds. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsSync.class);

    private final AnalyticsStore store;
    private final AnalyticsExtractor extractor;

    AnalyticsSync(AnalyticsStore store, AnalyticsExtractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    @Override
    public void run(ApplicationArguments args) {
        fullLoad();
    }

    /** Replaces everything in the store with the current contents of PostgreSQL. */
    void fullLoad() {
        long start = System.nanoTime();
        store.replaceAll(tables -> {
            extractor.appendReferenceData(tables);
            extractor.appendAllProjects(tables);
        });
        log.info("Analytics store {} loaded from PostgreSQL in {} ms", store.file(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onProjectDataChanged(ProjectDataChanged change) {
        List<Long> projectIds = List.copyOf(change.projectIds());
        try {
            store.write(tables -> {
                tables.deleteProjects(projectIds);
                extractor.appendProjects(tables, projectIds);
            });
        } catch (RuntimeException e) {
            log.error("Analytics store could not follow the change of projects {}; it stays at its previous state"
                    + " until the next load", projectIds, e);
        }
    }
}
