package org.hotlineperf.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.project.ProjectDataChanged;
import org.hotlineperf.synthetic.GenerationRequest;
import org.hotlineperf.synthetic.GenerationSummary;
import org.hotlineperf.synthetic.SyntheticDatasetService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The benchmark harness ({@code ./hotline bench}): generates the synthetic national dataset into a throwaway
 * database, then measures and prints the full PostgreSQL -> DuckDB load, each heavy comparison on DuckDB versus
 * the same question asked of PostgreSQL, the GraphQL overhead over the raw DuckDB query, the sync lag after a
 * committed import, and a dashboard query at 8 concurrent clients. It prints figures and ratios and asserts
 * nothing about time: the targets are read by people (README), never enforced by the test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=bench", "spring.flyway.default-schema=bench", "spring.datasource.hikari.schema=bench",
        "spring.datasource.hikari.maximum-pool-size=16", "hotline-perf.graphql.max-cost=1000000",
        "hotline-perf.limits.rate-limit.requests=1000000000",
        "logging.level.org.hotlineperf=WARN"})
class NationalBench {

    private static final int RUNS = 5;
    private static final int SYNC_SAMPLES = 40;
    private static final int CLIENTS = 8;
    private static final Duration LOAD_DURATION = Duration.ofSeconds(20);

    private static final String DASHBOARD = """
            query Dashboard($after: String) { projects(first: 50, after: $after) {
              pageInfo { endCursor hasNextPage }
              edges { node { id name region { code name parent { name } }
                budgetYears { fiscalYear finalBudget expenditure executionRate overrunRatio }
                latestEvaluation { totalScore grade } } } } }""";

    private static final String GRAPHQL_SCORES = """
            { analytics { scoreComparison { evaluationId kind totalWeight totalScore grade rank pointsLost projectId
              projectKey projectName regionCode regionName groups { name weight score scoreRate } } } }""";

    @Autowired
    SyntheticDatasetService generator;

    @Autowired
    AnalyticsSync sync;

    @Autowired
    Comparisons comparisons;

    @Autowired
    DSLContext dsl;

    @Autowired
    ReportImportService importService;

    @Autowired
    CommitClock commits;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nationalBenchmark() throws Exception {
        long start = System.nanoTime();
        GenerationSummary generated = generator.generate(new GenerationRequest(42, 2015, 10, null, false));
        line("national dataset generated", "%,d rows in %.1f s", generated.totalRowsInserted(), seconds(start));

        List<Long> loads = times(3, sync::fullLoad);
        line("full load PostgreSQL -> DuckDB", "median %,d ms (runs: %s)", median(loads), loads);

        compare("unit costs, all years", () -> comparisons.unitCosts(ComparisonFilter.NONE), "unit_costs.sql");
        compare("budget execution, all years", () -> comparisons.budgetExecution(ComparisonFilter.NONE),
                "budget_execution.sql");
        compare("score comparison with group rates", () -> comparisons.scoreComparison(ComparisonFilter.NONE),
                "score_comparison.sql");
        compare("deductions by group", () -> comparisons.deductions(ComparisonFilter.NONE), "deductions.sql");

        long raw = median(times(RUNS, () -> comparisons.scoreComparison(ComparisonFilter.NONE)));
        long graphQl = median(times(RUNS, () -> post(GRAPHQL_SCORES, null)));
        line("GraphQL analytics overhead", "scoreComparison via HTTP %,d ms vs raw DuckDB %,d ms: %.2fx",
                graphQl, raw, ratio(graphQl, raw));

        List<Long> lags = syncLags();
        line("sync lag after a committed import", "p50 %,d ms, p99 %,d ms over %d imports",
                percentile(lags, 50), percentile(lags, 99), lags.size());

        dashboard();
    }

    private void compare(String name, Supplier<List<?>> duckDb, String postgresSql) throws IOException {
        String sql = new ClassPathResource("bench/postgres/" + postgresSql).getContentAsString(StandardCharsets.UTF_8);
        int rows = duckDb.get().size();
        long onDuckDb = median(times(RUNS, duckDb::get));
        long onPostgres = median(times(RUNS, () -> dsl.fetch(sql)));
        line(name, "%,d rows: DuckDB %,d ms, PostgreSQL %,d ms: DuckDB %.1fx faster", rows, onDuckDb, onPostgres,
                ratio(onPostgres, onDuckDb));
    }

    /** Imports copies of a seed report and measures from the commit to the moment DuckDB answers with it. */
    private List<Long> syncLags() throws IOException {
        ObjectNode seed;
        try (InputStream in = new ClassPathResource("dataset/seeds/fumin-2025-self.json").getInputStream()) {
            seed = (ObjectNode) new ObjectMapper().readTree(in);
        }
        List<Long> lags = new ArrayList<>();
        for (int copy = 0; copy < SYNC_SAMPLES; copy++) {
            ObjectNode document = seed.deepCopy();
            String key = "bench-sync-" + copy;
            document.put("reportKey", key);
            ((ObjectNode) document.get("project")).put("key", key);
            TestTokens.asAdmin(() -> importService.importDocument(document));
            long visible = System.nanoTime();
            boolean found = comparisons.unitCosts(new ComparisonFilter("530124", null, 2025, 2025, null)).stream()
                    .anyMatch(row -> row.projectKey().equals(key));
            if (!found) {
                throw new AssertionError("import " + key + " is not in DuckDB after the import returned");
            }
            lags.add((visible - commits.last()) / 1_000_000);
        }
        return lags;
    }

    private void dashboard() throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + LOAD_DURATION.toNanos();
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    String after = null;
                    while (System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        String body = post(DASHBOARD, after);
                        latencies.add((System.nanoTime() - begin) / 1_000);
                        if (body == null || body.contains("\"errors\"")) {
                            failures.incrementAndGet();
                        }
                        after = body == null ? null : nextCursor(body);
                    }
                    return null;
                });
            }
        }
        List<Long> micros = new ArrayList<>(latencies);
        line("dashboard query (projects first: 50, region, budget years, latest score)",
                "%d clients, %,d requests (%d failed): p50 %.1f ms, p99 %.1f ms, %.0f requests/s", CLIENTS,
                micros.size(), failures.get(), percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                micros.size() / (double) LOAD_DURATION.toSeconds());
    }

    private String post(String query, String after) {
        try {
            ObjectNode request = new ObjectMapper().createObjectNode().put("query", query);
            request.putObject("variables").put("after", after);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String nextCursor(String body) throws IOException {
        var pageInfo = new ObjectMapper().readTree(body).path("data").path("projects").path("pageInfo");
        return pageInfo.path("hasNextPage").asBoolean() ? pageInfo.path("endCursor").asText() : null;
    }

    private static List<Long> times(int runs, Runnable action) {
        action.run();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long begin = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - begin) / 1_000_000);
        }
        return millis;
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ratio(long numerator, long denominator) {
        return numerator / (double) Math.max(1, denominator);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void line(String measure, String format, Object... values) {
        System.out.printf(Locale.ROOT, "BENCH %-75s %s%n", measure, String.format(Locale.ROOT, format, values));
    }

    /** Records when the last write transaction that changed projects committed, before the analytics sync runs. */
    @TestConfiguration
    static class CommitClockConfiguration {

        @Bean
        CommitClock commitClock() {
            return new CommitClock();
        }
    }

    static class CommitClock {

        private volatile long last;

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void committed(ProjectDataChanged change) {
            last = System.nanoTime();
        }

        long last() {
            return last;
        }
    }
}
