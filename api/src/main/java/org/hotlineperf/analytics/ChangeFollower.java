package org.hotlineperf.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Follows the audit trail so that writes of other processes reach this process's analytics store. Entry ids are
 * taken in insert order but become visible in commit order, so an id can appear after higher ones. The follower
 * keeps a watermark below which every id has been taken in, the ids above it already taken in, and the ids above
 * it still missing; a missing id is given up on (a rolled-back write) once it has been missing for
 * {@code gapTimeout}, and until then looked for again in every round.
 */
final class ChangeFollower {

    private final Duration gapTimeout;
    private long watermark;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Map<Long, Instant> missingSince = new HashMap<>();

    ChangeFollower(Duration gapTimeout) {
        this.gapTimeout = gapTimeout;
    }

    /** Starts after {@code id}: every entry up to it is known to be in the store. */
    synchronized void startAfter(long id) {
        watermark = id;
        seenAbove.clear();
        missingSince.clear();
    }

    /** New entries are those after this id. */
    synchronized long readAfter() {
        return seenAbove.isEmpty() ? watermark : seenAbove.last();
    }

    /** Ids below {@link #readAfter} not seen yet, to look for again. */
    synchronized Set<Long> missing() {
        return Set.copyOf(missingSince.keySet());
    }

    /** Whether the entry with this id has been taken in. */
    synchronized boolean hasTaken(long id) {
        return id <= watermark || seenAbove.contains(id);
    }

    /** The projects of the entries not taken in yet; pass the entries to {@link #taken} once synced. */
    synchronized Set<Long> projectsToSync(List<AuditChanges.AuditChange> changes) {
        Set<Long> projects = new HashSet<>();
        notTaken(changes)
                .flatMap(change -> Stream.of(change.projectId(), change.previousProjectId()))
                .filter(Objects::nonNull)
                .forEach(projects::add);
        return projects;
    }

    /** Whether an entry not taken in yet wrote a whole dataset, so that only a full load takes it in. */
    synchronized boolean wholeDatasetWritten(List<AuditChanges.AuditChange> changes) {
        return notTaken(changes).anyMatch(AuditChanges.AuditChange::wholeDataset);
    }

    private Stream<AuditChanges.AuditChange> notTaken(List<AuditChanges.AuditChange> changes) {
        return changes.stream().filter(change -> change.id() > watermark && !seenAbove.contains(change.id()));
    }

    /** Marks the entries as taken in, notes the ids still missing, and moves the watermark as far as it can. */
    synchronized void taken(List<AuditChanges.AuditChange> changes, Instant now) {
        changes.stream().map(AuditChanges.AuditChange::id).filter(id -> id > watermark).forEach(seenAbove::add);
        long highest = seenAbove.isEmpty() ? watermark : seenAbove.last();
        for (long id = watermark + 1; id < highest; id++) {
            if (!seenAbove.contains(id)) {
                missingSince.putIfAbsent(id, now);
            }
        }
        while (watermark < highest) {
            long next = watermark + 1;
            Instant missing = missingSince.get(next);
            if (seenAbove.remove(next) || (missing != null && !missing.plus(gapTimeout).isAfter(now))) {
                missingSince.remove(next);
                watermark = next;
            } else {
                break;
            }
        }
    }
}
