package org.hotlineperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.REPORT;
import static org.jooq.impl.DSL.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.ThrowawayPostgres;
import org.hotlineperf.reliability.LoadRecorder.Outcome;
import org.hotlineperf.reliability.LoadRecorder.Phase;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.AuthenticationProperties;
import org.hotlineperf.security.Role;
import org.hotlineperf.security.TokenMinter;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load-and-fault run ({@code ./hotline fault}): the packaged service as its own process on a loopback port,
 * over a PostgreSQL cluster of its own, under a fixed rate of mixed requests (dashboard pages, comparisons, report
 * imports, project edits) for a bounded time. Mid-run PostgreSQL is stopped at once (as in a crash) for 20 s and
 * started again, and later the DuckDB file is deleted. It prints requests sent, succeeded and failed by class,
 * p50/p99 latency per phase, detection and recovery times, then verifies that every write acknowledged as
 * successful is in PostgreSQL and in the analytics store, with no duplicate reports. Nothing is asserted about
 * time; the verification of the writes is asserted.
 */
class FaultBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final double RATE = Double.parseDouble(System.getProperty("hotline-perf.fault.rate", "20"));
    private static final int DURATION = Integer.getInteger("hotline-perf.fault.duration", 150);
    private static final int OUTAGE = Integer.getInteger("hotline-perf.fault.outage", 20);
    private static final int WARM_UP = Integer.getInteger("hotline-perf.fault.warm-up", 30);
    private static final int STOP_AT = DURATION * 4 / 15;
    private static final int DELETE_AT = DURATION * 19 / 30;
    private static final String PROVINCE = "430000";
    private static final String FUMIN = "530124";

    private static final String DASHBOARD = """
            query Dashboard($region: String) { projects(first: 20, filter: { regionCode: $region, fiscalYear: 2021 }) {
              pageInfo { endCursor hasNextPage }
              edges { node { id name region { code name parent { name } }
                budgetYears { fiscalYear finalBudget expenditure executionRate overrunRatio }
                latestEvaluation { totalScore grade } } } } }""";

    private static final List<String> ANALYTICS = List.of(
            "query($region: String) { analytics { upToDate unitCosts(filter: { regionCode: $region }, first: 100) {"
                    + " nodes { projectKey fiscalYear costPerCall costPerTicket } } } }",
            "query($region: String) { analytics { upToDate budgetExecution(filter: { regionCode: $region }, first: 100)"
                    + " { nodes { projectKey fiscalYear finalBudget expenditure executionRate } } } }",
            "query($region: String) { analytics { upToDate scoreComparison(filter: { regionCode: $region }, first: 100)"
                    + " { nodes { projectKey totalScore grade rank } } } }",
            "query($region: String) { analytics { upToDate deductions(filter: { regionCode: $region }, first: 100) {"
                    + " nodes { level1Group deductions } } } }");

    /** The run writes as an administrator, with a token the service's development key signs. */
    private static final String ADMIN_TOKEN = new TokenMinter(new AuthenticationProperties(false,
            AuthenticationProperties.DEVELOPMENT_SIGNING_KEY).localKey())
            .mint(new Actor("fault-run", Role.ADMIN, null, null), Duration.ofHours(2));

    private static final String IMPORT = """
            mutation($document: JSON!) { importEvaluationReport(document: $document) { reportKey outcome } }""";

    private static final String EDIT = """
            mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id version name } } }""";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final LoadRecorder recorder = new LoadRecorder();
    private final Map<String, Double> events = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedImports = ConcurrentHashMap.newKeySet();
    private final Set<String> attemptedImports = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> importsToRetry = new ConcurrentLinkedQueue<>();
    private final Map<Long, AtomicInteger> versions = new ConcurrentHashMap<>();
    private final Map<Long, String> baseNames = new HashMap<>();
    private final Map<Long, Edit> lastAcknowledgedEdit = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> unacknowledgedEditNames = new ConcurrentHashMap<>();
    private final AtomicInteger importCounter = new AtomicInteger();
    private final AtomicInteger editCounter = new AtomicInteger();
    private List<String> regionCodes;
    private int port;
    private long start;

    private record Edit(int version, String name) {
    }

    @Test
    void loadAndFaults() throws Exception {
        Path analyticsFile = folder.resolve("analytics.duckdb");
        try (ThrowawayPostgres database = ThrowawayPostgres.start();
             ServiceProcess service = ServiceProcess.start(database, analyticsFile, folder.resolve("service.log"))) {
            port = service.port();
            prepare();
            line("setup", "%d projects to edit, %d regions to filter by; %.0f requests/s, %d s warm-up, then %d s: "
                    + "PostgreSQL stopped at %d s for %d s, DuckDB file deleted at %d s", versions.size(),
                    regionCodes.size(), RATE, WARM_UP, DURATION, STOP_AT, OUTAGE, DELETE_AT);

            warmUp();
            start = System.nanoTime();
            ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            SplittableRandom random = new SplittableRandom(42);
            ticker.scheduleAtFixedRate(() -> {
                Runnable request = nextRequest(random);
                workers.submit(request);
            }, 0, (long) (1_000_000_000L / RATE), TimeUnit.NANOSECONDS);
            Thread monitor = Thread.ofVirtual().start(() -> monitor(analyticsFile));

            sleepUntil(STOP_AT);
            database.crash();
            events.put("postgres stopped", now());
            sleepUntil(STOP_AT + OUTAGE);
            database.startServer();
            events.put("postgres started", now());
            sleepUntil(DELETE_AT);
            Files.delete(analyticsFile);
            events.put("analytics file deleted", now());
            sleepUntil(DURATION);
            ticker.shutdown();
            workers.shutdown();
            workers.awaitTermination(60, TimeUnit.SECONDS);
            monitor.interrupt();
            monitor.join();

            List<Phase> phases = List.of(
                    new Phase("before", 0, STOP_AT),
                    new Phase("PostgreSQL down", STOP_AT, STOP_AT + OUTAGE),
                    new Phase("after PostgreSQL back", STOP_AT + OUTAGE, DELETE_AT),
                    new Phase("after DuckDB file deleted", DELETE_AT, DURATION + 60));
            recorder.summary(phases).forEach(summary -> line("load", "%s", summary));
            recoveries();

            if (!answersWithin(Duration.ofSeconds(60))) {
                Path dump = Path.of("target", "fault-threads.txt");
                service.dumpThreads(dump);
                throw new AssertionError("the service stopped answering; its threads are in " + dump.toAbsolutePath());
            }
            retryUnacknowledgedImports();
            verify(database, analyticsFile);
            double stopped = service.stop();
            line("shutdown", "service stopped in %.1f s after SIGTERM, exit code %d", stopped, service.exitCode());
        } finally {
            Path log = folder.resolve("service.log");
            if (Files.exists(log)) {
                Files.createDirectories(Path.of("target"));
                Files.copy(log, Path.of("target", "fault-service.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Waits for the synthetic province and the analytics store, and reads the projects and regions to use. */
    private void prepare() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            JsonNode analytics = post("{ analytics { upToDate budgetExecution(filter: { regionCode: \"430000\" }) "
                    + "{ totalCount } } }", Map.of()).path("data").path("analytics");
            if (analytics.path("upToDate").asBoolean() && analytics.path("budgetExecution").path("totalCount").asInt()
                    > 300) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not get its dataset ready within 5 minutes");
            }
            Thread.sleep(1_000);
        }
        regionCodes = new ArrayList<>(List.of(PROVINCE));
        post("{ regions(parentCode: \"430000\") { code } }", Map.of()).path("data").path("regions")
                .forEach(region -> regionCodes.add(region.path("code").asText()));
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = post("query($after: String) { projects(first: 100, after: $after, filter: { regionCode: "
                    + "\"430000\" }) { pageInfo { endCursor hasNextPage } edges { node { id version name } } } }",
                    variables).path("data").path("projects");
            page.path("edges").forEach(edge -> {
                long id = edge.path("node").path("id").asLong();
                versions.put(id, new AtomicInteger(edge.path("node").path("version").asInt()));
                baseNames.put(id, edge.path("node").path("name").asText());
            });
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (after != null);
    }

    /**
     * The same mix for {@code WARM_UP} seconds before the measured run, so that the phases compare a warm service
     * with itself; what the cold service did is printed on its own line.
     */
    private void warmUp() throws InterruptedException {
        start = System.nanoTime();
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        SplittableRandom random = new SplittableRandom(7);
        ticker.scheduleAtFixedRate(() -> workers.submit(nextRequest(random)), 0, (long) (1_000_000_000L / RATE),
                TimeUnit.NANOSECONDS);
        sleepUntil(WARM_UP);
        ticker.shutdown();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        recorder.summary(List.of()).forEach(summary -> line("warm-up", "%s", summary.replace("whole run", "cold start")));
        recorder.clear();
    }

    /** The next request of the mix: 45% dashboard pages, 30% comparisons, 15% imports, 10% edits. */
    private Runnable nextRequest(SplittableRandom random) {
        int roll = random.nextInt(100);
        String region = regionCodes.get(random.nextInt(regionCodes.size()));
        if (roll < 45) {
            return () -> read("dashboard", DASHBOARD, Map.of("region", region));
        }
        if (roll < 75) {
            String query = ANALYTICS.get(random.nextInt(ANALYTICS.size()));
            return () -> read("analytics", query, Map.of("region", region));
        }
        if (roll < 90) {
            String retry = random.nextInt(4) == 0 ? importsToRetry.poll() : null;
            String key = retry != null ? retry : "fault-" + importCounter.incrementAndGet();
            return () -> importReport(key);
        }
        List<Long> ids = List.copyOf(baseNames.keySet());
        long projectId = ids.get(random.nextInt(ids.size()));
        return () -> edit(projectId, baseNames.get(projectId) + " · 修订" + editCounter.incrementAndGet());
    }

    private void read(String kind, String query, Map<String, Object> variables) {
        double startedAt = now();
        long began = System.nanoTime();
        Reply reply = send(query, variables);
        recorder.record(new Outcome(kind, startedAt, elapsedMillis(began), reply.errorClass()));
    }

    private void importReport(String key) {
        attemptedImports.add(key);
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", key);
        double startedAt = now();
        long began = System.nanoTime();
        Reply reply = send(IMPORT, Map.of("document", document));
        String errorClass = reply.errorClass();
        if (errorClass.equals("ok") && reply.json().at("/data/importEvaluationReport/outcome").isTextual()) {
            acknowledgedImports.add(key);
        } else {
            importsToRetry.add(key);
        }
        recorder.record(new Outcome("import", startedAt, elapsedMillis(began), errorClass));
    }

    private void edit(long projectId, String name) {
        AtomicInteger version = versions.get(projectId);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", String.valueOf(projectId));
        input.put("version", version.get());
        input.put("name", name);
        double startedAt = now();
        long began = System.nanoTime();
        Reply reply = send(EDIT, Map.of("input", input));
        String errorClass = reply.errorClass();
        if (errorClass.equals("ok")) {
            int newVersion = reply.json().at("/data/updateProject/project/version").asInt();
            version.accumulateAndGet(newVersion, Math::max);
            lastAcknowledgedEdit.merge(projectId, new Edit(newVersion, name),
                    (before, after) -> after.version() > before.version() ? after : before);
        } else {
            JsonNode current = reply.json().at("/errors/0/extensions/currentVersion");
            if (current.isNumber()) {
                version.accumulateAndGet(current.asInt(), Math::max);
            }
            if (!errorClass.equals("CONFLICT")) {
                unacknowledgedEditNames.computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet()).add(name);
            }
        }
        recorder.record(new Outcome("edit", startedAt, elapsedMillis(began), errorClass));
    }

    /** Polls health, the analytics store's freshness and the DuckDB file, recording when each changes. */
    private void monitor(Path analyticsFile) {
        String health = null;
        Boolean upToDate = null;
        Boolean fileThere = null;
        List<String> transitions = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            Reply healthReply = get("/actuator/health");
            String status = healthReply.status() < 0 ? "no answer" : healthReply.json().path("status").asText();
            if (!status.equals(health)) {
                health = status;
                transitions.add(String.format("%.1f s health %s", now(), status));
                events.putIfAbsent("health " + status + " after " + lastFault(), now());
            }
            JsonNode fresh = send("{ analytics { upToDate } }", Map.of()).json().at("/data/analytics/upToDate");
            if (fresh.isBoolean() && !Boolean.valueOf(fresh.asBoolean()).equals(upToDate)) {
                upToDate = fresh.asBoolean();
                transitions.add(String.format("%.1f s analytics upToDate %s", now(), upToDate));
                events.putIfAbsent("analytics upToDate " + upToDate + " after " + lastFault(), now());
            }
            boolean there = Files.exists(analyticsFile);
            if (!Boolean.valueOf(there).equals(fileThere)) {
                fileThere = there;
                transitions.add(String.format("%.1f s analytics file %s", now(), there ? "present" : "missing"));
                events.putIfAbsent("analytics file " + (there ? "present" : "missing") + " after " + lastFault(),
                        now());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        line("timeline", "%s", String.join("; ", transitions));
    }

    private String lastFault() {
        if (events.containsKey("analytics file deleted")) {
            return "file deleted";
        }
        if (events.containsKey("postgres started")) {
            return "postgres started";
        }
        return events.containsKey("postgres stopped") ? "postgres stopped" : "start";
    }

    /** Detection and recovery times, from the fault to the first observation of its effect. */
    private void recoveries() {
        double stopped = events.get("postgres stopped");
        double started = events.get("postgres started");
        double deleted = events.get("analytics file deleted");
        Double down = events.get("health DOWN after postgres stopped");
        Double up = events.get("health UP after postgres started");
        double firstDatabaseSuccess = recorder.all().stream()
                .filter(outcome -> !outcome.kind().equals("analytics") && outcome.succeeded()
                        && outcome.startedAt() >= started)
                .mapToDouble(outcome -> outcome.startedAt() + outcome.latencyMillis() / 1000.0)
                .min().orElse(Double.NaN);
        long analyticsOkDuringOutage = recorder.all().stream()
                .filter(outcome -> outcome.kind().equals("analytics") && outcome.startedAt() >= stopped
                        && outcome.startedAt() < started)
                .filter(Outcome::succeeded).count();
        long analyticsDuringOutage = recorder.all().stream()
                .filter(outcome -> outcome.kind().equals("analytics") && outcome.startedAt() >= stopped
                        && outcome.startedAt() < started).count();
        List<Long> outageFailures = recorder.all().stream()
                .filter(outcome -> !outcome.kind().equals("analytics") && !outcome.succeeded()
                        && outcome.startedAt() >= stopped && outcome.startedAt() < started)
                .map(Outcome::latencyMillis).sorted().toList();
        line("recovery", "PostgreSQL down: health DOWN after %s, failing requests answered in p50 %d ms / p99 %d ms,"
                        + " comparisons answered %d of %d", seconds(down, stopped),
                LoadRecorder.percentile(outageFailures, 50), LoadRecorder.percentile(outageFailures, 99),
                analyticsOkDuringOutage, analyticsDuringOutage);
        line("recovery", "PostgreSQL back: first successful database request %s after the restart, health UP after "
                + "%s, analytics up to date again after %s", seconds(firstDatabaseSuccess, started), seconds(up, started),
                seconds(events.get("analytics upToDate true after postgres started"), started));
        line("recovery", "DuckDB file deleted: new file in place after %s, comparisons failed meanwhile: %d",
                seconds(events.get("analytics file present after file deleted"), deleted),
                recorder.all().stream().filter(outcome -> outcome.kind().equals("analytics")
                        && outcome.startedAt() >= deleted && !outcome.succeeded()).count());
    }

    private boolean answersWithin(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/actuator/health").status() > 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Imports the run could not get acknowledged, once more now that everything is up (imports are idempotent). */
    private void retryUnacknowledgedImports() {
        Set<String> pending = new HashSet<>(attemptedImports);
        pending.removeAll(acknowledgedImports);
        int before = pending.size();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (String key : pending) {
            if (System.nanoTime() > deadline) {
                break;
            }
            Reply reply = send(IMPORT, Map.of("document", SeedDocuments.copyOf("fumin-2025-self.json", key)));
            if (reply.errorClass().equals("ok")) {
                acknowledgedImports.add(key);
                if (reply.json().at("/data/importEvaluationReport/outcome").asText().equals("UNCHANGED")) {
                    events.merge("unacknowledged imports found committed", 1.0, Double::sum);
                }
            }
        }
        line("retry", "%d imports never acknowledged during the run, sent again: %.0f of them had been committed "
                        + "although the client saw a failure (UNCHANGED), the rest imported now", before,
                events.getOrDefault("unacknowledged imports found committed", 0.0));
    }

    /** Every acknowledged write is in PostgreSQL and in the analytics store; no report or project is doubled. */
    private void verify(ThrowawayPostgres database, Path analyticsFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!send("{ analytics { upToDate } }", Map.of()).json().at("/data/analytics/upToDate").asBoolean()
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Map<String, Integer> reportsByKey;
        Map<String, Integer> projectsByKey;
        Map<Long, String> namesInPostgres;
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            connection.setSchema("hotline_perf");
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            reportsByKey = dsl.select(REPORT.REPORT_KEY, count()).from(REPORT)
                    .where(REPORT.REPORT_KEY.startsWith("fault-")).groupBy(REPORT.REPORT_KEY)
                    .fetchMap(REPORT.REPORT_KEY, count());
            projectsByKey = dsl.select(PROJECT.PROJECT_KEY, count()).from(PROJECT)
                    .where(PROJECT.PROJECT_KEY.startsWith("fault-")).groupBy(PROJECT.PROJECT_KEY)
                    .fetchMap(PROJECT.PROJECT_KEY, count());
            namesInPostgres = dsl.select(PROJECT.ID, PROJECT.NAME).from(PROJECT)
                    .where(PROJECT.ID.in(lastAcknowledgedEdit.keySet())).fetchMap(PROJECT.ID, PROJECT.NAME);
        }
        Set<String> inAnalytics = new HashSet<>();
        budgetExecutionRows(FUMIN, "projectKey").forEach(row -> inAnalytics.add(row.path("projectKey").asText()));
        Map<Long, String> namesInAnalytics = new HashMap<>();
        budgetExecutionRows(PROVINCE, "projectId projectName")
                .forEach(row -> namesInAnalytics.put(row.path("projectId").asLong(), row.path("projectName").asText()));

        List<String> missingInPostgres = acknowledgedImports.stream()
                .filter(key -> reportsByKey.getOrDefault(key, 0) != 1 || projectsByKey.getOrDefault(key, 0) != 1)
                .sorted().toList();
        List<String> duplicates = reportsByKey.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey).toList();
        List<String> missingInAnalytics = acknowledgedImports.stream().filter(key -> !inAnalytics.contains(key))
                .sorted().toList();
        List<String> lostEdits = new ArrayList<>();
        int ambiguousEdits = 0;
        for (Map.Entry<Long, Edit> edit : lastAcknowledgedEdit.entrySet()) {
            String stored = namesInPostgres.get(edit.getKey());
            boolean lastAcknowledged = edit.getValue().name().equals(stored);
            boolean unacknowledgedButCommitted = unacknowledgedEditNames.getOrDefault(edit.getKey(), Set.of())
                    .contains(stored);
            if (!lastAcknowledged && unacknowledgedButCommitted) {
                ambiguousEdits++;
            }
            if (!lastAcknowledged && !unacknowledgedButCommitted) {
                lostEdits.add(edit.getKey() + " has \"" + stored + "\" instead of \"" + edit.getValue().name() + "\"");
            }
            if (!namesInAnalytics.getOrDefault(edit.getKey(), "").equals(stored)) {
                lostEdits.add(edit.getKey() + " is \"" + namesInAnalytics.get(edit.getKey()) + "\" in analytics, \""
                        + stored + "\" in PostgreSQL");
            }
        }
        line("verify", "imports acknowledged %d: in PostgreSQL once each %d, in analytics %d; duplicate reports %d",
                acknowledgedImports.size(), acknowledgedImports.size() - missingInPostgres.size(),
                acknowledgedImports.size() - missingInAnalytics.size(), duplicates.size());
        line("verify", "projects edited %d (last acknowledged edit of each): as acknowledged in PostgreSQL and "
                        + "analytics %d, overtaken by a later edit that failed for the client but was committed %d, "
                        + "lost %d", lastAcknowledgedEdit.size(), lastAcknowledgedEdit.size() - ambiguousEdits
                        - lostEdits.size(), ambiguousEdits, lostEdits.size());
        line("verify", "analytics file %s after the run", Files.exists(analyticsFile) ? "present" : "MISSING");

        assertThat(missingInPostgres).as("acknowledged imports missing or doubled in PostgreSQL").isEmpty();
        assertThat(duplicates).as("duplicate reports").isEmpty();
        assertThat(missingInAnalytics).as("acknowledged imports missing in analytics").isEmpty();
        assertThat(lostEdits).as("acknowledged edits lost").isEmpty();
        assertThat(analyticsFile).exists();
    }

    /** Every budget-execution row of the region, page after page. */
    private List<JsonNode> budgetExecutionRows(String region, String fields) {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("region", region);
            variables.put("after", after);
            JsonNode page = post("query($region: String, $after: String) { analytics { budgetExecution(filter: "
                    + "{ regionCode: $region }, first: 100, after: $after) { nodes { " + fields + " } "
                    + "pageInfo { hasNextPage endCursor } } } }", variables).at("/data/analytics/budgetExecution");
            page.path("nodes").forEach(rows::add);
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return rows;
    }

    private JsonNode post(String query, Map<String, Object> variables) {
        Reply reply = send(query, variables);
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status() + " for " + query + ": " + reply.body());
        }
        return reply.json();
    }

    private Reply send(String query, Map<String, Object> variables) {
        try {
            ObjectNode body = JSON.createObjectNode().put("query", query);
            body.set("variables", JSON.valueToTree(variables));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Reply(-1, "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", "interrupted");
        }
    }

    private Reply get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Reply(-1, "", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", "interrupted");
        }
    }

    private record Reply(int status, String body, String transportFailure) {

        JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException notJson) {
                return JSON.nullNode();
            }
        }

        /** ok, the GraphQL error codes, an HTTP status, or the transport failure. */
        String errorClass() {
            if (transportFailure != null) {
                return "transport " + transportFailure;
            }
            if (status != 200) {
                return "HTTP " + status;
            }
            List<String> codes = new ArrayList<>();
            json().path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText("none")));
            return codes.isEmpty() ? "ok" : codes.stream().distinct().sorted().collect(Collectors.joining("+"));
        }
    }

    private double now() {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long elapsedMillis(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }

    private void sleepUntil(double second) throws InterruptedException {
        long millis = (long) ((second - now()) * 1000);
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static String seconds(Double at, double since) {
        return at == null || at.isNaN() ? "(not observed)" : String.format("%.1f s", at - since);
    }

    private static void line(String topic, String format, Object... arguments) {
        System.out.println("FAULT " + topic + ": " + String.format(format, arguments));
    }
}
