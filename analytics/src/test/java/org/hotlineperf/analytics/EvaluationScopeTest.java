package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluations_in_scope} asks whether an evaluation's period, its project's period and the filter's years
 * share a year; the definition is "the evaluation covers at least one project-year in scope"
 * ({@code project_years_in_scope}). Over periods that overlap, contain, touch and miss each other, regions on three
 * levels and both evaluation kinds, every filter gets the same evaluations both ways.
 */
class EvaluationScopeTest {

    private static final String DEFINITION = """
            SELECT e.id
            FROM evaluation e
            WHERE ($5 IS NULL OR e.kind = $5)
              AND EXISTS (SELECT 1 FROM project_years_in_scope($1, $2, $3, $4, $5) s
                          WHERE s.project_id = e.project_id
                            AND s.fiscal_year BETWEEN e.period_start_year AND e.period_end_year)
            ORDER BY e.id""";

    private static final String SCOPE = "SELECT id FROM evaluations_in_scope($1, $2, $3, $4, $5) ORDER BY id";

    @TempDir
    Path folder;

    @Test
    void theOverlapOfThePeriodsSelectsWhatTheProjectYearsDo() {
        try (AnalyticsStore store = AnalyticsStore.open(folder.resolve("analytics.duckdb"))) {
            store.replaceAll(EvaluationScopeTest::appendProjectsAndEvaluations);
            List<List<Object>> filters = filters();
            int nonEmpty = 0;
            for (List<Object> filter : filters) {
                List<Long> expected = store.query(DEFINITION, filter, row -> row.getLong("id"));
                assertThat(store.query(SCOPE, filter, row -> row.getLong("id"))).as("filter %s", filter)
                        .isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).as("filters that select something").isGreaterThan(filters.size() / 2);
        }
    }

    private static List<List<Object>> filters() {
        List<List<Object>> filters = new ArrayList<>();
        for (String region : new String[] {null, "430000", "430700", "430721", "440000"}) {
            for (String level : new String[] {null, "PREFECTURE", "COUNTY"}) {
                for (Integer[] years : new Integer[][] {{null, null}, {2019, null}, {null, 2018}, {2019, 2019},
                        {2020, 2021}, {2023, null}}) {
                    for (String kind : new String[] {null, "SELF", "THIRD_PARTY"}) {
                        filters.add(Arrays.asList(region, level, years[0], years[1], kind));
                    }
                }
            }
        }
        return filters;
    }

    private static void appendProjectsAndEvaluations(Tables tables) throws SQLException {
        try (Tables.Appender region = tables.appender("region")) {
            region.row("430000", "湖南省", "PROVINCE", null);
            region.row("430700", "常德市", "PREFECTURE", "430000");
            region.row("430721", "安乡县", "COUNTY", "430700");
            region.row("440000", "广东省", "PROVINCE", null);
            region.row("440700", "江门市", "PREFECTURE", "440000");
        }
        try (Tables.Appender project = tables.appender("project")) {
            project.row(1L, "changde", "常德 2018-2020", "430700", 2018, 2020);
            project.row(2L, "anxiang", "安乡 2020", "430721", 2020, 2020);
            project.row(3L, "jiangmen", "江门 2019-2021", "440700", 2019, 2021);
        }
        try (Tables.Appender evaluation = tables.appender("evaluation")) {
            evaluation.row(10L, 1L, "THIRD_PARTY", 2018, 2020, null, null);
            evaluation.row(11L, 1L, "SELF", 2018, 2018, null, null);
            evaluation.row(12L, 1L, "SELF", 2020, 2022, null, null);
            evaluation.row(13L, 1L, "SELF", 2015, 2017, null, null);
            evaluation.row(20L, 2L, "SELF", 2020, 2020, null, null);
            evaluation.row(21L, 2L, "THIRD_PARTY", 2019, 2021, null, null);
            evaluation.row(30L, 3L, "THIRD_PARTY", 2019, 2019, null, null);
            evaluation.row(31L, 3L, "SELF", 2021, 2023, null, null);
        }
    }
}
