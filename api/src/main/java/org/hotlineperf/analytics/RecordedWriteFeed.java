package org.hotlineperf.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotlineperf.analytics.RecordedWrites.RecordedWrite;

/**
 * Follows the audit trail from the last full load on: each call returns the recorded writes not returned before.
 * Audit ids are handed out when a write's entry is inserted, just before its commit, so a write with a lower id can
 * still become visible after one with a higher id; the feed therefore moves its watermark only past writes that
 * are {@value #SETTLE_MINUTES} minutes old and remembers the ids it returned above it.
 */
final class RecordedWriteFeed {

    private static final int SETTLE_MINUTES = 5;

    private final RecordedWrites writes;
    private final Clock clock;
    private final Set<Long> returned = new HashSet<>();
    private long watermark;

    RecordedWriteFeed(RecordedWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    /** The id of the newest recorded write now: pass it to {@link #startAfter} once a full load has run. */
    long latestId() {
        return writes.latestId();
    }

    /** Follows the writes recorded after {@code id}; what came before is in the store. */
    void startAfter(long id) {
        watermark = id;
        returned.clear();
    }

    /** The writes recorded since the last call (or the start), oldest first. */
    List<RecordedWrite> unseen() {
        List<RecordedWrite> recorded = writes.after(watermark);
        Instant settled = clock.instant().minus(Duration.ofMinutes(SETTLE_MINUTES));
        List<RecordedWrite> unseen = recorded.stream().filter(write -> !returned.contains(write.id())).toList();
        unseen.forEach(write -> returned.add(write.id()));
        for (RecordedWrite write : recorded) {
            if (!write.occurredAt().toInstant().isBefore(settled)) {
                break;
            }
            watermark = write.id();
        }
        returned.removeIf(id -> id <= watermark);
        return unseen;
    }
}
