package org.hotlineperf.analytics;

import static org.hotlineperf.db.Tables.PROJECT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jooq.impl.DSL;
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
 * database, then measures and prints the full PostgreSQL -> DuckDB load, each heavy comparison over the whole set
 * on DuckDB versus the same question asked of PostgreSQL, the GraphQL overhead over the raw DuckDB query (for a page,
 * the realistic request, and for the whole set, by the download and by walking every page), the sync lag after a
 * committed import, and a dashboard query at 8 concurrent clients with the CPU each request costs. It prints figures
 * and ratios and asserts nothing about time: the targets are read by people (README), never enforced by the suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=bench", "spring.flyway.default-schema=bench", "spring.datasource.hikari.schema=bench",
        "spring.datasource.hikari.maximum-pool-size=16", "hotline-perf.graphql.max-cost=1000000",
        "hotline-perf.limits.rate-limit.requests=1000000000",
        "logging.level.org.hotlineperf=WARN"})
class NationalBench {

    private static final int RUNS = 7;
    private static final int PAGE_RUNS = 21;
    private static final int SYNC_SAMPLES = 40;
    private static final int CLIENTS = 8;
    private static final Duration LOAD_DURATION = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(5);
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(120);
    /** The JIT counts as settled when it compiles for less than this share of a warm-up window's time. */
    private static final double SETTLED_COMPILE_SHARE = 0.02;
    private static final int PAGE = 100;

    private static final String DASHBOARD = """
            query Dashboard($after: String) { projects(first: 50, after: $after) {
              pageInfo { endCursor hasNextPage }
              edges { node { id name region { code name parent { name } }
                budgetYears { fiscalYear finalBudget expenditure executionRate overrunRatio }
                latestEvaluation { totalScore grade } } } } }""";

    private static final String GRAPHQL_SCORES = """
            query Scores($after: String) { analytics { scoreComparison(first: 100, after: $after) {
              totalCount pageInfo { endCursor hasNextPage }
              nodes { evaluationId kind totalWeight totalScore grade rank pointsLost projectId projectKey projectName
                regionCode regionName groups { name weight score scoreRate } } } } }""";

    private static final String GRAPHQL_UNIT_COSTS = """
            query UnitCosts($after: String) { analytics { unitCosts(first: 100, after: $after) {
              totalCount pageInfo { endCursor hasNextPage }
              nodes { projectId projectKey projectName regionCode regionName fiscalYear expenditure
                hotlineComponentOnly callsAnswered tickets costPerCall costPerTicket } } } }""";

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

    /** One mapper for every client thread (it is thread-safe), so that the clients cost the CPU they must. */
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // HttpURLConnection keeps 5 idle connections per host unless told otherwise; the dashboard has 8 clients
        System.setProperty("http.maxConnections", "16");
    }

    @Test
    void nationalBenchmark() throws Exception {
        long start = System.nanoTime();
        GenerationSummary generated = generator.generate(new GenerationRequest(42, 2015, 10, null, false));
        line("national dataset generated", "%,d rows in %.1f s", generated.totalRowsInserted(), seconds(start));

        List<Long> loads = times(3, sync::fullLoad);
        line("full load PostgreSQL -> DuckDB", "median %,d ms (runs: %s)", median(loads), loads);

        preparePostgres();
        compare("unit costs, all years", () -> comparisons.unitCosts(ComparisonFilter.NONE, Slice.ALL).rows(),
                "unit_costs.sql");
        compare("budget execution, all years",
                () -> comparisons.budgetExecution(ComparisonFilter.NONE, Slice.ALL).rows(), "budget_execution.sql");
        compare("score comparison with group rates",
                () -> comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL).rows(), "score_comparison.sql");
        compare("deductions by group", () -> comparisons.deductions(ComparisonFilter.NONE, Slice.ALL).rows(),
                "deductions.sql");
        // A page as the API reads it: first + 1 rows, to learn whether a next page exists.
        Slice firstPage = new Slice(0, PAGE + 1);
        compare("score comparison, first page of 100 (ranks over all)",
                () -> comparisons.scoreComparison(ComparisonFilter.NONE, firstPage).rows(), "score_comparison_page.sql");

        overhead("scoreComparison, first page of 100", GRAPHQL_SCORES,
                () -> comparisons.scoreComparison(ComparisonFilter.NONE, firstPage));
        overhead("unitCosts, first page of 100", GRAPHQL_UNIT_COSTS,
                () -> comparisons.unitCosts(ComparisonFilter.NONE, firstPage));
        wholeSet();

        List<Long> lags = syncLags();
        line("sync lag after a committed import", "p50 %,d ms, p99 %,d ms over %d imports",
                percentile(lags, 50), percentile(lags, 99), lags.size());

        dashboard();
    }

    /**
     * Gives PostgreSQL what a DBA would before answering analytical queries: the reference queries' indexes
     * ({@code reference_indexes.sql}) and a VACUUM ANALYZE after the bulk load, so that index-only scans work.
     */
    private void preparePostgres() throws IOException {
        long begin = System.nanoTime();
        dsl.execute(new ClassPathResource("bench/postgres/reference_indexes.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        dsl.execute("VACUUM ANALYZE");
        line("PostgreSQL reference indexes and VACUUM ANALYZE", "%.1f s", seconds(begin));
    }

    /** The whole comparison on DuckDB (mapped to rows) against the same question on PostgreSQL (every result). */
    private void compare(String name, Supplier<List<?>> duckDb, String postgresSql) throws IOException {
        String sql = new ClassPathResource("bench/postgres/" + postgresSql).getContentAsString(StandardCharsets.UTF_8);
        int rows = duckDb.get().size();
        Timings timings = alternately(RUNS, duckDb::get, () -> dsl.fetchMany(sql));
        long onDuckDb = median(timings.first());
        long onPostgres = median(timings.second());
        line(name, "%,d rows: DuckDB %,.1f ms, PostgreSQL %,.1f ms: DuckDB %.2fx faster", rows, millis(onDuckDb),
                millis(onPostgres), ratio(onPostgres, onDuckDb));
    }

    /**
     * A page over GraphQL (HTTP, parsing, validation, serialization) against the raw DuckDB query for it, after a
     * warm-up of the GraphQL request (in a server that has run for a while its path is compiled).
     */
    private void overhead(String name, String query, Runnable raw) throws Exception {
        warmUp("GraphQL " + name, () -> post(query, null));
        Timings timings = alternately(PAGE_RUNS, raw, () -> post(query, null));
        long onDuckDb = median(timings.first());
        long overHttp = median(timings.second());
        line("GraphQL analytics overhead, " + name, "via HTTP %,.1f ms vs raw DuckDB %,.1f ms: %.2fx",
                millis(overHttp), millis(onDuckDb), ratio(overHttp, onDuckDb));
    }

    /**
     * The whole unfiltered score comparison: raw, as the CSV download over HTTP, and by walking every GraphQL page
     * of 100 (each page is one DuckDB query over the whole filtered set, so this costs a query per page).
     */
    private void wholeSet() throws Exception {
        warmUp("CSV download", () -> get("/analytics/export/score-comparison.csv"));
        Timings timings = alternately(RUNS, () -> comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL),
                () -> get("/analytics/export/score-comparison.csv"));
        long raw = median(timings.first());
        long download = median(timings.second());
        line("whole score comparison, CSV download", "via HTTP %,.1f ms vs raw DuckDB %,.1f ms: %.2fx",
                millis(download), millis(raw), ratio(download, raw));
        long begin = System.nanoTime();
        int pages = 0;
        String after = null;
        do {
            PageRead page = read(post(GRAPHQL_SCORES, after));
            pages++;
            after = page.nextCursor();
        } while (after != null);
        long walked = (System.nanoTime() - begin) / 1_000;
        line("whole score comparison, every GraphQL page of 100", "%d pages in %,.0f ms vs raw DuckDB %,.1f ms: %.1fx",
                pages, millis(walked), millis(raw), ratio(walked, raw));
    }

    /** Imports copies of a seed report and measures from the commit to the moment DuckDB answers with it. */
    private List<Long> syncLags() throws IOException {
        ObjectNode seed;
        try (InputStream in = new ClassPathResource("dataset/seeds/fumin-2025-self.json").getInputStream()) {
            seed = (ObjectNode) JSON.readTree(in);
        }
        List<Long> lags = new ArrayList<>();
        for (int copy = 0; copy < SYNC_SAMPLES; copy++) {
            ObjectNode document = seed.deepCopy();
            String key = "bench-sync-" + copy;
            document.put("reportKey", key);
            ((ObjectNode) document.get("project")).put("key", key);
            TestTokens.asAdmin(() -> importService.importDocument(document));
            long visible = System.nanoTime();
            boolean found = comparisons.unitCosts(new ComparisonFilter("530124", null, 2025, 2025, null), Slice.ALL)
                    .rows().stream()
                    .anyMatch(row -> row.projectKey().equals(key));
            if (!found) {
                throw new AssertionError("import " + key + " is not in DuckDB after the import returned");
            }
            lags.add((visible - commits.last()) / 1_000_000);
        }
        return lags;
    }

    /**
     * The dashboard query at {@value #CLIENTS} concurrent clients, three ways: as the server answers by default
     * (kept answers of the response cache while nothing is written), with every answer computed
     * ({@code Cache-Control: no-cache}), and by default while another process commits a write every second (each
     * commit makes every kept answer stale). Each after a warm-up that is not counted (the JIT compiles the request
     * path), with the CPU a request costs in this JVM (server and clients) and in PostgreSQL.
     */
    private void dashboard() throws Exception {
        dashboard("kept answers, nothing written", false, false);
        dashboard("every answer computed (Cache-Control: no-cache)", true, false);
        dashboard("kept answers, another process writing every second", false, true);
    }

    private void dashboard(String how, boolean computeEveryAnswer, boolean writing) throws Exception {
        warmUp("dashboard, " + how, window -> load(window, computeEveryAnswer, writing));
        long jvmBefore = jvmCpuNanos();
        long postgresBefore = postgresCpuTicks();
        LoadResult result = load(LOAD_DURATION, computeEveryAnswer, writing);
        double jvmMillis = (jvmCpuNanos() - jvmBefore) / 1e6 / result.latencies().size();
        double postgresMillis = (postgresCpuTicks() - postgresBefore) * 10.0 / result.latencies().size();
        List<Long> micros = result.latencies();
        line("dashboard query (projects first: 50, region, budget years, latest score), " + how,
                "%d clients, %,d requests (%d failed): p50 %.1f ms, p99 %.1f ms, %.0f requests/s", CLIENTS,
                micros.size(), result.failures(), percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                micros.size() / (double) LOAD_DURATION.toSeconds());
        line("dashboard query, CPU per request, " + how,
                "JVM (server and clients) %.1f ms, PostgreSQL %.1f ms; %d cores", jvmMillis, postgresMillis,
                Runtime.getRuntime().availableProcessors());
    }

    private record LoadResult(List<Long> latencies, long failures) {
    }

    private LoadResult load(Duration duration, boolean computeEveryAnswer, boolean writing) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        try (var clients = Executors.newFixedThreadPool(CLIENTS + 1)) {
            if (writing) {
                clients.submit(() -> writeEverySecond(deadline));
            }
            for (int client = 0; client < CLIENTS; client++) {
                clients.submit(() -> {
                    String after = null;
                    while (System.nanoTime() < deadline) {
                        long begin = System.nanoTime();
                        PageRead page = read(post(DASHBOARD, after, computeEveryAnswer));
                        latencies.add((System.nanoTime() - begin) / 1_000);
                        if (page.failed()) {
                            failures.incrementAndGet();
                        }
                        after = page.nextCursor();
                    }
                    return null;
                });
            }
        }
        return new LoadResult(new ArrayList<>(latencies), failures.get());
    }

    /** Another process's write: a project's description changed straight in PostgreSQL, one commit a second. */
    private Void writeEverySecond(long deadline) throws InterruptedException {
        long projectId = dsl.select(DSL.min(PROJECT.ID)).from(PROJECT).fetchSingle().value1();
        for (int write = 1; System.nanoTime() < deadline; write++) {
            dsl.update(PROJECT).set(PROJECT.DESCRIPTION, "bench write " + write).where(PROJECT.ID.eq(projectId))
                    .execute();
            Thread.sleep(1000);
        }
        return null;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU ticks (1/100 s) of the PostgreSQL backends connected to the bench database, from /proc; 0 elsewhere. */
    private long postgresCpuTicks() {
        long ticks = 0;
        for (Object pid : dsl.fetchValues("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // a backend that ended, or no /proc: not counted
            }
        }
        return ticks;
    }

    private byte[] post(String query, String after) {
        return post(query, after, false);
    }

    private byte[] post(String query, String after, boolean computeEveryAnswer) {
        ObjectNode request = JSON.createObjectNode().put("query", query);
        request.putObject("variables").put("after", after);
        return exchange("/graphql", connection -> {
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            if (computeEveryAnswer) {
                connection.setRequestProperty("Cache-Control", "no-cache");
            }
            connection.setDoOutput(true);
            try (OutputStream body = connection.getOutputStream()) {
                body.write(request.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private byte[] get(String path) {
        return exchange(path, connection -> connection.setRequestMethod("GET"));
    }

    private interface RequestWriter {
        void write(HttpURLConnection connection) throws IOException;
    }

    /**
     * One request over a kept-alive connection, the body on 200, else null. {@code HttpURLConnection} rather than
     * {@code java.net.http.HttpClient}: the clients share the server's two cores, and receiving a 78 KB dashboard
     * page cost about 1.7-2.0 ms of CPU with the latter against 0.6-0.75 ms with the former.
     */
    private byte[] exchange(String path, RequestWriter writer) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            writer.write(connection);
            int status = connection.getResponseCode();
            try (InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
                return status == 200 ? bytes : null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The end cursor of the connection at {@code path} under {@code data}, or null on its last page. */
    /** What a client reads of a page: whether it failed, and the cursor of the next page (null after the last). */
    private record PageRead(boolean failed, String nextCursor) {
    }

    /**
     * Reads a page as a stream that stops at the first {@code pageInfo} (the queries ask for it before the rows),
     * or at top-level {@code errors} (graphql-java writes them first), so that the clients, which share the
     * server's cores, do not decode or parse whole pages. A null body (not 200, or no answer) failed.
     */
    private static PageRead read(byte[] body) throws IOException {
        if (body == null) {
            return new PageRead(true, null);
        }
        try (JsonParser parser = JSON.createParser(body)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() != JsonToken.FIELD_NAME) {
                    continue;
                }
                if ("errors".equals(parser.currentName()) && parser.getParsingContext().getParent().inRoot()) {
                    return new PageRead(true, null);
                }
                if ("pageInfo".equals(parser.currentName())) {
                    return new PageRead(false, cursorIfNextPage(parser));
                }
            }
            return new PageRead(false, null);
        }
    }

    private static String cursorIfNextPage(JsonParser parser) throws IOException {
        String endCursor = null;
        boolean hasNextPage = false;
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "endCursor" -> endCursor = parser.getValueAsString();
                case "hasNextPage" -> hasNextPage = parser.getBooleanValue();
                default -> parser.skipChildren();
            }
        }
        return hasNextPage ? endCursor : null;
    }

    /**
     * Runs {@code action} untimed until the JIT has compiled its path, as in a server that has been up a while: for
     * at least {@link #WARM_UP}, then window by window until the JIT compiles for less than
     * {@value #SETTLED_COMPILE_SHARE} of a window (at most {@link #WARM_UP_LIMIT}). On two cores the compiler
     * threads take CPU from the request being timed: after a fixed 10 s they still compiled for 5 ms per page.
     */
    private static void warmUp(String what, Runnable action) throws Exception {
        warmUp(what, window -> {
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                action.run();
            }
        });
    }

    private static void warmUp(String what, WarmUpWindow window) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long begin = System.nanoTime();
        window.run(WARM_UP);
        long compiled;
        do {
            long before = jit.getTotalCompilationTime();
            window.run(WARM_UP_WINDOW);
            compiled = jit.getTotalCompilationTime() - before;
        } while (compiled > SETTLED_COMPILE_SHARE * WARM_UP_WINDOW.toMillis()
                && System.nanoTime() - begin < WARM_UP_LIMIT.toNanos());
        line("warm-up, " + what, "%.0f s; the JIT compiled for %,d ms in its last %d s", seconds(begin), compiled,
                WARM_UP_WINDOW.toSeconds());
    }

    /** Runs the warmed-up work for a while. */
    private interface WarmUpWindow {
        void run(Duration duration) throws Exception;
    }

    private record Timings(List<Long> first, List<Long> second) {
    }

    /**
     * Times in microseconds of two actions run alternately (after one untimed run each), so that a change of load
     * hits both. Whole milliseconds would bias the ratios of pages that take 10-20 ms by up to a tenth.
     */
    private static Timings alternately(int runs, Runnable first, Runnable second) {
        first.run();
        second.run();
        List<Long> firstMicros = new ArrayList<>();
        List<Long> secondMicros = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long begin = System.nanoTime();
            first.run();
            long between = System.nanoTime();
            second.run();
            firstMicros.add((between - begin) / 1_000);
            secondMicros.add((System.nanoTime() - between) / 1_000);
        }
        return new Timings(firstMicros, secondMicros);
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

    private static double millis(long micros) {
        return micros / 1_000.0;
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
