package org.hotlineperf.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * What the load-and-fault run sent and got back: one outcome per request with its kind, when it started (seconds
 * into the run), how long it took and its class (ok, UNAVAILABLE, CONFLICT, HTTP 5xx, a transport failure, ...),
 * summarised per phase of the run.
 */
final class LoadRecorder {

    /** One request's result. */
    record Outcome(String kind, double startedAt, long latencyMillis, String errorClass) {

        boolean succeeded() {
            return errorClass.equals("ok");
        }
    }

    /** A stretch of the run, [from, to) in seconds. */
    record Phase(String name, double from, double to) {

        boolean contains(double second) {
            return second >= from && second < to;
        }
    }

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    void record(Outcome outcome) {
        outcomes.add(outcome);
    }

    void clear() {
        outcomes.clear();
    }

    List<Outcome> all() {
        return List.copyOf(outcomes);
    }

    /** The summary lines: per phase and kind, requests, successes, failures by class, p50 and p99. */
    List<String> summary(List<Phase> phases) {
        List<String> lines = new ArrayList<>();
        List<Outcome> all = all();
        lines.add(line("whole run", all));
        for (Phase phase : phases) {
            List<Outcome> inPhase = all.stream().filter(outcome -> phase.contains(outcome.startedAt())).toList();
            lines.add(line(String.format("%s [%.0f-%.0f s]", phase.name(), phase.from(), phase.to()), inPhase));
            Map<String, List<Outcome>> byKind = inPhase.stream()
                    .collect(Collectors.groupingBy(Outcome::kind, TreeMap::new, Collectors.toList()));
            byKind.forEach((kind, outcomes) -> lines.add(line("  " + kind, outcomes)));
        }
        return lines;
    }

    private static String line(String label, List<Outcome> outcomes) {
        long succeeded = outcomes.stream().filter(Outcome::succeeded).count();
        Map<String, Long> failed = outcomes.stream().filter(outcome -> !outcome.succeeded())
                .collect(Collectors.groupingBy(Outcome::errorClass, TreeMap::new, Collectors.counting()));
        List<Long> latencies = outcomes.stream().map(Outcome::latencyMillis).sorted(Comparator.naturalOrder())
                .toList();
        return String.format("%-28s sent %5d, ok %5d, failed %4d %s, p50 %5d ms, p99 %5d ms", label,
                outcomes.size(), succeeded, outcomes.size() - succeeded, failed.isEmpty() ? "" : failed,
                percentile(latencies, 50), percentile(latencies, 99));
    }

    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
