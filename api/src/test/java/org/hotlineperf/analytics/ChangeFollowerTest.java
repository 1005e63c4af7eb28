package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotlineperf.analytics.AuditChanges.AuditChange;
import org.junit.jupiter.api.Test;

/**
 * Following the audit trail: entries are taken in once, an id that becomes visible late (committed after higher
 * ones) is still taken in, a replaced report's previous project is synced too, and an id that never appears (a
 * rolled-back write) is given up on after the gap timeout. Which entries are taken in can be asked.
 */
class ChangeFollowerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final ChangeFollower follower = new ChangeFollower(Duration.ofMinutes(5));

    @Test
    void entriesAreTakenInOnceAndTheWatermarkFollows() {
        follower.startAfter(10);
        List<AuditChange> first = List.of(change(11, 1L), change(12, 2L));

        assertThat(follower.projectsToSync(first)).containsExactlyInAnyOrder(1L, 2L);
        follower.taken(first, NOW);

        assertThat(follower.readAfter()).isEqualTo(12);
        assertThat(follower.missing()).isEmpty();
        assertThat(follower.projectsToSync(first)).isEmpty();
    }

    @Test
    void anIdCommittedAfterHigherOnesIsStillTakenIn() {
        follower.startAfter(10);
        List<AuditChange> visible = List.of(change(11, 1L), change(13, 3L));
        follower.taken(visible, NOW);
        assertThat(follower.missing()).containsExactly(12L);

        List<AuditChange> late = List.of(change(12, 2L));
        assertThat(follower.projectsToSync(late)).containsExactly(2L);
        follower.taken(late, NOW.plusSeconds(2));

        assertThat(follower.missing()).isEmpty();
        assertThat(follower.readAfter()).isEqualTo(13);
    }

    @Test
    void anEntryCountsAsTakenOnceBelowTheWatermarkOrSeenAboveIt() {
        follower.startAfter(10);
        follower.taken(List.of(change(11, 1L), change(13, 3L)), NOW);

        assertThat(follower.hasTaken(9)).isTrue();
        assertThat(follower.hasTaken(11)).isTrue();
        assertThat(follower.hasTaken(12)).as("missing, not taken").isFalse();
        assertThat(follower.hasTaken(13)).isTrue();
        assertThat(follower.hasTaken(14)).isFalse();
    }

    @Test
    void aReplacedReportSyncsItsPreviousProjectToo() {
        follower.startAfter(0);

        assertThat(follower.projectsToSync(List.of(new AuditChange(1, 7L, 4L, false))))
                .containsExactlyInAnyOrder(7L, 4L);
    }

    @Test
    void aWholeDatasetNotTakenInYetAsksForAFullLoadOnce() {
        follower.startAfter(0);
        List<AuditChange> generated = List.of(change(1, 3L), new AuditChange(2, null, null, true));

        assertThat(follower.wholeDatasetWritten(generated)).isTrue();
        follower.taken(generated, NOW);

        assertThat(follower.wholeDatasetWritten(generated)).isFalse();
        assertThat(follower.wholeDatasetWritten(List.of(change(3, 3L)))).isFalse();
    }

    @Test
    void anIdThatNeverAppearsIsGivenUpOnAfterTheGapTimeout() {
        follower.startAfter(10);
        follower.taken(List.of(change(12, 2L)), NOW);
        assertThat(follower.missing()).containsExactly(11L);

        follower.taken(List.of(), NOW.plus(Duration.ofMinutes(4)));
        assertThat(follower.missing()).containsExactly(11L);

        follower.taken(List.of(), NOW.plus(Duration.ofMinutes(5)));
        assertThat(follower.missing()).isEmpty();
        assertThat(follower.readAfter()).isEqualTo(12);
    }

    private static AuditChange change(long id, Long projectId) {
        return new AuditChange(id, projectId, null, false);
    }
}
