package org.hotlineperf.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projects whose committed changes have not reached the analytics store yet, because the sync after their commit
 * failed (PostgreSQL unreachable, the store unwritable). Each entry carries a generation, so that a retry removes
 * only the entries it has covered: a project that failed again while the retry ran stays pending. The set lives in
 * memory; after a restart the full load at start covers whatever it held.
 */
final class PendingProjects {

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();
    private final Clock clock;

    PendingProjects(Clock clock) {
        this.clock = clock;
    }

    void add(Collection<Long> projectIds) {
        Instant now = clock.instant();
        for (Long projectId : projectIds) {
            long generation = generations.incrementAndGet();
            entries.merge(projectId, new Entry(generation, now),
                    (before, after) -> new Entry(after.generation(), before.since()));
        }
    }

    /** What is pending now; pass it to {@link #covered} once those projects have been synced. */
    Map<Long, Entry> snapshot() {
        return Map.copyOf(entries);
    }

    /** The generations of the given projects that are pending now. */
    Map<Long, Entry> snapshot(Collection<Long> projectIds) {
        Map<Long, Entry> pending = new HashMap<>();
        for (Long projectId : projectIds) {
            Entry entry = entries.get(projectId);
            if (entry != null) {
                pending.put(projectId, entry);
            }
        }
        return pending;
    }

    /** Removes the entries of a snapshot that have not failed again since it was taken. */
    void covered(Map<Long, Entry> snapshot) {
        snapshot.forEach(entries::remove);
    }

    int size() {
        return entries.size();
    }

    /** When the oldest pending change failed to reach the store; empty when nothing is pending. */
    Optional<Instant> since() {
        return entries.values().stream().map(Entry::since).min(Instant::compareTo);
    }

    /** One pending project: the generation of its latest failure and the time of its first. */
    record Entry(long generation, Instant since) {
    }
}
