package org.hotlineperf.analytics;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Gathers the syncs after commit that arrive while one is running, so that the next sync takes all of their
 * projects in at once. Each sync after commit waits for the store while its write still holds its PostgreSQL
 * connection; taking their turns one by one, a burst of writes kept that many connections out of the pool for the
 * sum of their syncs. Gathered, a write waits for at most the running sync and the one that takes its projects in.
 */
final class SyncBatches {

    /** Held by the sync that runs a batch; the others wait for it, each while its own batch is the open one. */
    private final ReentrantLock running = new ReentrantLock();
    private Batch open = new Batch();

    /**
     * Takes {@code projectIds} in through {@code syncProjects}, together with the projects of the syncs that wait
     * meanwhile; returns once they are in, or throws what the sync that took them threw.
     */
    /** How many syncs wait for the running one (the gauge {@code hotline.analytics.sync.waiting}). */
    int waiting() {
        return running.getQueueLength();
    }

    void sync(Collection<Long> projectIds, Consumer<List<Long>> syncProjects) {
        Batch mine;
        synchronized (this) {
            mine = open;
            mine.projectIds.addAll(projectIds);
        }
        running.lock();
        try {
            if (mine.done) {
                if (mine.failure != null) {
                    throw mine.failure;
                }
                return;
            }
            List<Long> batch;
            synchronized (this) {
                open = new Batch();
                batch = List.copyOf(mine.projectIds);
            }
            try {
                syncProjects.accept(batch);
            } catch (RuntimeException e) {
                mine.failure = e;
                throw e;
            } finally {
                mine.done = true;
            }
        } finally {
            running.unlock();
        }
    }

    /** The projects of the syncs that joined it; {@code done} and {@code failure} are used under the lock only. */
    private static final class Batch {
        private final Set<Long> projectIds = new LinkedHashSet<>();
        private boolean done;
        private RuntimeException failure;
    }
}
