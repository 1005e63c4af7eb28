package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Syncs after commit that arrive while one runs are taken in together by the next: one sync for all of them, each
 * returning once its projects are in, and each told of the failure of the sync that took its projects.
 */
class SyncBatchesTest {

    private static final int WAITING = 7;

    private final SyncBatches batches = new SyncBatches();
    private final ExecutorService writers = Executors.newFixedThreadPool(WAITING + 1);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void theSyncsThatWaitMeanwhileAreTakenInByOneSync() throws Exception {
        List<List<Long>> runs = Collections.synchronizedList(new ArrayList<>());

        for (Future<?> write : syncsWaitingForAFirst(runs, projects -> { })) {
            write.get(10, TimeUnit.SECONDS);
        }

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).containsExactly(1L);
        assertThat(runs.get(1)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void everySyncOfAFailedBatchIsToldOfTheFailure() throws Exception {
        List<List<Long>> runs = Collections.synchronizedList(new ArrayList<>());

        List<Future<?>> waiting = syncsWaitingForAFirst(runs, projects -> {
            throw new IllegalStateException("store unwritable");
        });

        for (Future<?> write : waiting) {
            assertThat(write).failsWithin(10, TimeUnit.SECONDS)
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause().withMessage("store unwritable");
        }
        assertThat(runs).hasSize(2);
        batches.sync(List.of(9L), projects -> assertThat(projects).containsExactly(9L));
    }

    /**
     * Starts a sync of project 1 that keeps running until {@value #WAITING} more (projects 2 to 8) wait for it, then
     * lets it finish; returns those that waited. Every run is noted in {@code runs}; after the first, a run does
     * {@code laterRuns}.
     */
    private List<Future<?>> syncsWaitingForAFirst(List<List<Long>> runs, Consumer<List<Long>> laterRuns)
            throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Consumer<List<Long>> syncProjects = projects -> {
            runs.add(projects);
            if (runs.size() == 1) {
                firstRunning.countDown();
                await(releaseFirst);
            } else {
                laterRuns.accept(projects);
            }
        };
        Future<?> first = writers.submit(() -> batches.sync(List.of(1L), syncProjects));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (long project = 2; project < 2 + WAITING; project++) {
            long id = project;
            waiting.add(writers.submit(() -> batches.sync(List.of(id), syncProjects)));
        }
        awaitQueued(WAITING);
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        return waiting;
    }

    /** Waits until the writers wait for the running sync, which they do after joining the open batch. */
    private void awaitQueued(int writersWaiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batches.waiting() < writersWaiting && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(batches.waiting()).isEqualTo(writersWaiting);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
