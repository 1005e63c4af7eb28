package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A score comparison reads kinds, grades and group names as text codes and turns them back into the exact texts:
 * in a whole comparison and in a page, when two texts share a code, and after a write brings texts the kept
 * dictionary does not know.
 */
class TextCodesTest {

    @TempDir
    Path folder;

    @Test
    void kindsGradesAndGroupNamesComeBackAsTheirTexts() {
        try (AnalyticsStore store = storeWithEvaluations()) {
            Comparisons comparisons = new Comparisons(store);

            assertExactTexts(comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL).rows());
            assertExactTexts(comparisons.scoreComparison(ComparisonFilter.NONE, new Slice(0, 2)).rows());
        }
    }

    @Test
    void textsThatShareACodeAreReadAsText() throws SQLException {
        try (AnalyticsStore store = storeWithEvaluations()) {
            store.executeScript("text_code_colliding.sql");
            Comparisons comparisons = new Comparisons(store);

            assertExactTexts(comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL).rows());
            assertExactTexts(comparisons.scoreComparison(ComparisonFilter.NONE, new Slice(0, 2)).rows());
        }
    }

    @Test
    void aWriteWithNewTextsIsReadWithTheDictionaryOfItsVersion() {
        try (AnalyticsStore store = storeWithEvaluations()) {
            Comparisons comparisons = new Comparisons(store);
            assertExactTexts(comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL).rows());

            store.write(tables -> {
                try (Tables.Appender evaluation = tables.appender("evaluation")) {
                    evaluation.row(12L, 1L, "DEPARTMENT", 2020, 2020, new BigDecimal("100.00"),
                            new BigDecimal("40.00"));
                }
                try (Tables.Appender indicator = tables.appender("indicator")) {
                    indicator.row(group(120L, 12L, 1, "满意度", "100.00", "40.00"));
                }
            });

            assertThat(comparisons.scoreComparison(ComparisonFilter.NONE, Slice.ALL).rows())
                    .filteredOn(row -> row.evaluationId() == 12L)
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.kind()).isEqualTo("DEPARTMENT");
                        assertThat(row.grade()).isEqualTo("POOR");
                        assertThat(row.groups()).extracting(ScoreComparison.Group::name).containsExactly("满意度");
                    });
        }
    }

    private AnalyticsStore storeWithEvaluations() {
        AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"));
        store.replaceAll(TextCodesTest::appendEvaluations);
        return store;
    }

    private static void assertExactTexts(List<ScoreComparison> rows) {
        assertThat(rows).extracting(ScoreComparison::evaluationId, ScoreComparison::kind, ScoreComparison::grade)
                .startsWith(tuple(10L, "SELF", "EXCELLENT"), tuple(11L, "THIRD_PARTY", "GOOD"));
        assertThat(rows.get(0).groups()).extracting(ScoreComparison.Group::name).containsExactly("决策", "过程", "产出效益");
        assertThat(rows.get(1).groups()).extracting(ScoreComparison.Group::name).containsExactly("决策", "过程");
    }

    private static void appendEvaluations(Tables tables) throws SQLException {
        try (Tables.Appender region = tables.appender("region")) {
            region.row("430700", "常德市", "PREFECTURE", null);
        }
        try (Tables.Appender project = tables.appender("project")) {
            project.row(1L, "changde", "常德 12345", "430700", 2018, 2020);
        }
        try (Tables.Appender band = tables.appender("grade_band")) {
            band.row("EXCELLENT", new BigDecimal("90.00"), null);
            band.row("GOOD", new BigDecimal("80.00"), new BigDecimal("90.00"));
            band.row("FAIR", new BigDecimal("60.00"), new BigDecimal("80.00"));
            band.row("POOR", new BigDecimal("0.00"), new BigDecimal("60.00"));
        }
        try (Tables.Appender evaluation = tables.appender("evaluation")) {
            evaluation.row(10L, 1L, "SELF", 2018, 2018, new BigDecimal("100.00"), new BigDecimal("97.00"));
            evaluation.row(11L, 1L, "THIRD_PARTY", 2018, 2020, new BigDecimal("100.00"), new BigDecimal("87.50"));
        }
        try (Tables.Appender indicator = tables.appender("indicator")) {
            indicator.row(group(100L, 10L, 1, "决策", "20.00", "20.00"));
            indicator.row(group(101L, 10L, 2, "过程", "30.00", "28.00"));
            indicator.row(group(102L, 10L, 3, "产出效益", "50.00", "49.00"));
            indicator.row(group(110L, 11L, 1, "决策", "40.00", "35.00"));
            indicator.row(group(111L, 11L, 2, "过程", "60.00", "52.50"));
        }
    }

    private static Object[] group(long id, long evaluationId, int ordinal, String name, String weight, String score) {
        return new Object[] {id, evaluationId, 1L, null, 1, ordinal, name, null, null, null, null, null, null, null,
                new BigDecimal(weight), new BigDecimal(score)};
    }
}
