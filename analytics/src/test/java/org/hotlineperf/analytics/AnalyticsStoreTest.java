package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB store on its own: an unreadable file is replaced by a new store, a load is all-or-nothing, an
 * incremental update replaces exactly one project's rows, a file lost while running is noticed and rebuilt while
 * the open store keeps answering, and closing leaves a complete file.
 */
class AnalyticsStoreTest {

    @TempDir
    Path folder;

    @Test
    void unreadableFileIsMovedAsideAndANewStoreCreated() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        Files.writeString(file, "this is not a DuckDB database");

        try (AnalyticsStore store = AnalyticsStore.open(file)) {
            assertThat(store.isLoaded()).isFalse();
            load(store, 1L);
            assertThat(store.refreshedAt()).isPresent();
            assertThat(store.isLoaded()).isTrue();
            assertThat(new Comparisons(store).budgetExecution(ComparisonFilter.NONE, Slice.ALL).rows()).hasSize(1);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("analytics.duckdb.unreadable-"));
        }
    }

    @Test
    void missingFileIsCreatedEmpty() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("new/analytics.duckdb"))) {
            assertThat(store.refreshedAt()).isEmpty();
            assertThat(store.isLoaded()).isFalse();
            assertThat(new Comparisons(store).unitCosts(ComparisonFilter.NONE, Slice.ALL).rows()).isEmpty();
        }
    }

    @Test
    void extensionsStayInTheStoreFolder() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            assertThat(store.query("SELECT current_setting('extension_directory') AS directory", List.of(),
                    row -> row.getString("directory")))
                    .containsExactly(folder.resolve(".duckdb-extensions").toAbsolutePath().toString());
        }
    }

    @Test
    void failedLoadLeavesThePreviousContents() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, 1L);

            assertThatThrownBy(() -> store.replaceAll(tables -> {
                try (Tables.Appender project = tables.appender("project")) {
                    project.row(2L, "other", "Other", "430700", 2020, 2020);
                }
                throw new IllegalStateException("source failed mid-load");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(new Comparisons(store).budgetExecution(ComparisonFilter.NONE, Slice.ALL).rows())
                    .extracting(BudgetExecution::projectKey).containsExactly("project-1");
        }
    }

    /** DuckDB commits an append on its own unless a statement has begun the transaction; a write begins it. */
    @Test
    void failedWriteThatBeganWithAnAppendLeavesNothing() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, 1L);

            assertThatThrownBy(() -> store.write(tables -> {
                appendProject(tables, 2L, "1.00");
                throw new IllegalStateException("source failed mid-write");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(projectKeys(store)).containsExactly("project-1");
        }
    }

    @Test
    void incrementalUpdateReplacesOneProject() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, 1L, 2L);

            store.write(tables -> {
                tables.deleteProjects(List.of(2L));
                appendProject(tables, 2L, "900000.00");
            });

            assertThat(new Comparisons(store).budgetExecution(ComparisonFilter.NONE, Slice.ALL).rows())
                    .extracting(BudgetExecution::projectKey, BudgetExecution::expenditure)
                    .containsExactly(
                            tuple("project-1", new BigDecimal("1100000.00")),
                            tuple("project-2", new BigDecimal("900000.00")));
        }
    }

    @Test
    void deletedFileIsNoticedAndRebuiltWhileTheOpenStoreKeepsAnswering() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        try (AnalyticsStore store = AnalyticsStore.open(file)) {
            load(store, 1L);
            assertThat(store.fileLost()).isFalse();

            Files.delete(file);

            assertThat(store.fileLost()).isTrue();
            assertThat(projectKeys(store)).containsExactly("project-1");

            store.rebuild(tables -> appendAll(tables, 1L, 2L));

            assertThat(store.fileLost()).isFalse();
            assertThat(file).exists();
            assertThat(projectKeys(store)).containsExactly("project-1", "project-2");
            assertThat(folder.resolve("analytics.duckdb.rebuild")).doesNotExist();
        }
    }

    @Test
    void fileOverwrittenInPlaceIsNoticedAndMovedAsideOnRebuild() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        try (AnalyticsStore store = AnalyticsStore.open(file)) {
            load(store, 1L);

            Files.writeString(file, "garbage written over the store's file");

            assertThat(store.fileLost()).isTrue();
            store.rebuild(tables -> appendAll(tables, 1L));
            assertThat(store.fileLost()).isFalse();
            assertThat(projectKeys(store)).containsExactly("project-1");
        }
        assertThat(asideFiles()).hasSize(1);
    }

    @Test
    void fileReplacedByAnotherIsNoticed() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        try (AnalyticsStore store = AnalyticsStore.open(file)) {
            load(store, 1L);
            Path other = folder.resolve("other.duckdb");
            AnalyticsStore.open(other).close();

            Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);

            assertThat(store.fileLost()).isTrue();
            store.rebuild(tables -> appendAll(tables, 1L));
            assertThat(store.fileLost()).isFalse();
        }
        assertThat(asideFiles()).hasSize(1);
    }

    @Test
    void failedRebuildKeepsAnsweringWithTheOldDataAndLeavesNoPartialFile() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        try (AnalyticsStore store = AnalyticsStore.open(file)) {
            load(store, 1L);
            Files.delete(file);

            assertThatThrownBy(() -> store.rebuild(tables -> {
                appendAll(tables, 1L, 2L);
                throw new SQLException("PostgreSQL went away mid-load", "08006");
            })).isInstanceOf(AnalyticsException.class);

            assertThat(projectKeys(store)).containsExactly("project-1");
            assertThat(store.fileLost()).isTrue();
            assertThat(folder.resolve("analytics.duckdb.rebuild")).doesNotExist();
        }
    }

    @Test
    void closeLeavesACompleteFileWithoutWriteAheadLog() throws Exception {
        Path file = folder.resolve("analytics.duckdb");
        AnalyticsStore store = AnalyticsStore.open(file);
        load(store, 1L);
        store.write(tables -> appendProject(tables, 2L, "5.00"));

        store.close();

        assertThat(folder.resolve("analytics.duckdb.wal")).doesNotExist();
        assertThat(store.fileLost()).isFalse();
        assertThatThrownBy(store::refreshedAt).isInstanceOf(AnalyticsException.class)
                .hasMessageContaining("closed");
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = raw.createStatement();
             ResultSet projects = statement.executeQuery("SELECT count(*) FROM project")) {
            projects.next();
            assertThat(projects.getInt(1)).isEqualTo(2);
        }
    }

    private List<String> asideFiles() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("analytics.duckdb.unreadable-"))
                    .toList();
        }
    }

    private static List<String> projectKeys(AnalyticsStore store) {
        return new Comparisons(store).budgetExecution(ComparisonFilter.NONE, Slice.ALL).rows().stream()
                .map(BudgetExecution::projectKey).toList();
    }

    @Test
    void aSliceReadsItsRowsAndCountsTheWholeSet() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, LongStream.rangeClosed(1, 30).boxed().toArray(Long[]::new));
            Comparisons comparisons = new Comparisons(store);

            Page<BudgetExecution> all = comparisons.budgetExecution(ComparisonFilter.NONE, Slice.ALL);
            Page<BudgetExecution> middle = comparisons.budgetExecution(ComparisonFilter.NONE, new Slice(10, 5));
            Page<BudgetExecution> pastTheEnd = comparisons.budgetExecution(ComparisonFilter.NONE, new Slice(40, 5));
            Page<BudgetExecution> none = comparisons.budgetExecution(ComparisonFilter.NONE, new Slice(0, 0));

            assertThat(all.rows()).hasSize(30);
            assertThat(all.totalCount().getAsLong()).isEqualTo(30);
            assertThat(middle.rows()).extracting(BudgetExecution::projectId).containsExactly(11L, 12L, 13L, 14L, 15L);
            assertThat(middle.totalCount().getAsLong()).isEqualTo(30);
            assertThat(pastTheEnd.rows()).isEmpty();
            assertThat(pastTheEnd.totalCount().getAsLong()).isEqualTo(30);
            assertThat(none.rows()).isEmpty();
            assertThat(none.totalCount().getAsLong()).isEqualTo(30);
        }
    }

    @Test
    void aResultSetIsAppendedColumnByColumnWithItsNulls() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"));
             Connection source = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = source.createStatement()) {
            store.replaceAll(tables -> {
                try (Tables.Appender ledger = tables.appender("fund_flow");
                     ResultSet rows = statement.executeQuery("""
                             SELECT * FROM (VALUES
                               (1::BIGINT, 7::BIGINT, NULL::BIGINT, 2020::INTEGER, 'BUDGET_INITIAL',
                                610500.00::DECIMAL(16, 2), 3::BIGINT, TRUE, FALSE, NULL::BOOLEAN, 9::BIGINT),
                               (2::BIGINT, 7::BIGINT, 1::BIGINT, NULL::INTEGER, '其中 一般公共预算',
                                68500.00::DECIMAL(16, 2), NULL::BIGINT, FALSE, TRUE, TRUE, NULL::BIGINT))""")) {
                    ledger.rows(rows);
                }
                try (Tables.Appender metrics = tables.appender("operating_metric");
                     ResultSet rows = statement.executeQuery("""
                             SELECT 5::BIGINT, 7::BIGINT, DATE '2020-01-01', DATE '2020-12-31', 'CALLS_ANSWERED',
                                    NULL::DECIMAL(24, 6)""")) {
                    metrics.rows(rows);
                }
            });

            assertThat(store.query("""
                    SELECT concat_ws(' ', id, coalesce(parent_id::VARCHAR, 'null'),
                               coalesce(fiscal_year::VARCHAR, 'null'), kind, amount,
                               coalesce(component_id::VARCHAR, 'null'), charged_to_other_funds, in_project_ledger,
                               coalesce(parent_charged_to_other_funds::VARCHAR, 'null'),
                               coalesce(parent_component_id::VARCHAR, 'null')) AS line
                    FROM fund_flow ORDER BY id""", List.of(), row -> row.getString("line")))
                    .containsExactly("1 null 2020 BUDGET_INITIAL 610500.00 3 true false null 9",
                            "2 1 null 其中 一般公共预算 68500.00 null false true true null");
            assertThat(store.query("""
                    SELECT concat_ws(' ', period_start, period_end, metric, coalesce(value::VARCHAR, 'null')) AS line
                    FROM operating_metric""", List.of(), row -> row.getString("line")))
                    .containsExactly("2020-01-01 2020-12-31 CALLS_ANSWERED null");
        }
    }

    /**
     * The two halves of a parallel read begin on the same commit: while another thread commits a new project
     * again and again, both halves of every read count the same projects.
     */
    @Test
    void bothHalvesOfAParallelReadSeeTheSameCommit() throws Exception {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, 1L);
            AtomicBoolean reading = new AtomicBoolean(true);
            Thread writer = Thread.ofPlatform().start(() -> {
                for (long id = 2; reading.get(); id++) {
                    long project = id;
                    store.write(tables -> appendProject(tables, project, "1.00"));
                }
            });
            try {
                for (int read = 0; read < 300; read++) {
                    long[] counts = store.readInParallel(AnalyticsStoreTest::projects, AnalyticsStoreTest::projects,
                            (first, second) -> new long[] {first, second});
                    assertThat(counts[1]).as("read %d", read).isEqualTo(counts[0]);
                }
            } finally {
                reading.set(false);
                writer.join();
            }
            assertThat(store.read(AnalyticsStoreTest::projects)).isGreaterThan(1);
        }
    }

    @Test
    void aParallelReadReportsTheFailureOfEitherHalfAndTheStoreKeepsAnswering() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            load(store, 1L);
            AnalyticsStore.Read<Long> failing = snapshot -> snapshot.query("SELECT count(*) AS n FROM no_such_table",
                    List.of(), row -> row.getLong("n")).getFirst();

            assertThatThrownBy(() -> store.readInParallel(failing, AnalyticsStoreTest::projects, Long::sum))
                    .isInstanceOf(AnalyticsException.class)
                    .hasRootCauseInstanceOf(SQLException.class);
            assertThatThrownBy(() -> store.readInParallel(AnalyticsStoreTest::projects, failing, Long::sum))
                    .isInstanceOf(AnalyticsException.class)
                    .hasRootCauseInstanceOf(SQLException.class);
            assertThat(store.readInParallel(AnalyticsStoreTest::projects, AnalyticsStoreTest::projects, Long::sum))
                    .isEqualTo(2);
        }
    }

    private static long projects(AnalyticsStore.Snapshot snapshot) throws SQLException {
        return snapshot.query("SELECT count(*) AS n FROM project", List.of(), row -> row.getLong("n")).getFirst();
    }

    private static void load(AnalyticsStore store, Long... projectIds) {
        store.replaceAll(tables -> appendAll(tables, projectIds));
    }

    private static void appendAll(Tables tables, Long... projectIds) throws SQLException {
        try (Tables.Appender region = tables.appender("region")) {
            region.row("430000", "湖南省", "PROVINCE", null);
            region.row("430700", "常德市", "PREFECTURE", "430000");
        }
        for (long id : projectIds) {
            appendProject(tables, id, "1100000.00");
        }
    }

    private static void appendProject(Tables tables, long id, String expenditure) throws SQLException {
        try (Tables.Appender project = tables.appender("project")) {
            project.row(id, "project-" + id, "Project " + id, "430700", 2020, 2020);
        }
        try (Tables.Appender ledger = tables.appender("fund_flow")) {
            ledger.row(id * 10, id, null, 2020, "BUDGET_INITIAL", new BigDecimal("1000000.00"), null, false, true,
                    null, null);
            ledger.row(id * 10 + 1, id, null, 2020, "EXPENDITURE", new BigDecimal(expenditure), null, false, true,
                    null, null);
        }
    }
}
