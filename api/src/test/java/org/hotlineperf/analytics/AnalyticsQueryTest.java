package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.assertj.core.api.Assertions.within;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.project.ProjectDataChanged;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The comparisons of {@code Query.analytics} over HTTP, answered by DuckDB, against the worked examples of
 * DESIGN.md: Changde's overrun per year and over 2018-2020, Jiangmen's execution rate, Changde's cost per answered
 * call, Fumin's cost per ticket, and null where an input is missing; score ranks and deduction groups. Also: a
 * committed import shows up in the comparisons when the import returns, and a committed deletion disappears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@SuppressWarnings("unchecked")
class AnalyticsQueryTest {

    private static final String BUDGET = """
            query($filter: ComparisonFilter) { analytics { budgetExecution(filter: $filter, first: 100) { nodes {
              projectId projectKey projectName regionCode regionName fiscalYear initialBudget adjustmentTotal
              finalBudget fundsReceived expenditure expenditureChargedToOtherFunds executionRate overrunRatio
            } } } }""";

    private static final String UNIT_COSTS = """
            query($filter: ComparisonFilter) { analytics { unitCosts(filter: $filter, first: 100) { nodes {
              projectId projectKey projectName regionCode regionName fiscalYear expenditure hotlineComponentOnly
              callsAnswered tickets costPerCall costPerTicket } } } }""";

    private static final String SCORES = """
            query($filter: ComparisonFilter) { analytics { scoreComparison(filter: $filter, first: 100) { nodes {
              evaluationId kind periodStartYear periodEndYear totalWeight totalScore grade rank pointsLost
              projectId projectKey projectName regionCode regionName groups { name weight score scoreRate } } } } }""";

    private static final String DEDUCTIONS = """
            query($filter: ComparisonFilter) { analytics { deductions(filter: $filter, first: 100) { nodes {
              level1Group level2Group deductions evaluations pointsStated deductionsWithoutPoints } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ReportImportService importService;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void changdeOverranItsBudgetEveryYearAndOverThePeriod() {
        List<Map<String, Object>> rows = rows(BUDGET, "budgetExecution", Map.of("regionCode", "430700"));

        assertThat(rows).extracting(row -> row.get("fiscalYear")).containsExactly(2018, 2019, 2020, null);
        assertThat(rows).extracting(row -> row.get("projectKey")).containsOnly("changde-mayor-hotline");
        assertThat(rows).extracting(row -> row.get("regionName")).containsOnly("常德市");
        assertThat(ratio(rows.get(0), "overrunRatio")).isCloseTo(0.1264, within(0.00005));
        assertThat(ratio(rows.get(1), "overrunRatio")).isCloseTo(0.2635, within(0.00005));
        assertThat(ratio(rows.get(2), "overrunRatio")).isCloseTo(0.0818, within(0.00005));
        assertThat(rows.get(0)).containsEntry("finalBudget", "542000.00").containsEntry("expenditure", "610500.00")
                .containsEntry("expenditureChargedToOtherFunds", "68500.00");
        Map<String, Object> period = rows.get(3);
        assertThat(period).containsEntry("finalBudget", "4735400.00").containsEntry("expenditure", "5321700.00");
        assertThat(ratio(period, "overrunRatio")).isCloseTo(0.1238, within(0.00005));
    }

    @Test
    void jiangmenExecutedNinetySevenPointNinePercent() {
        Map<String, Object> jiangmen = rows(BUDGET, "budgetExecution", Map.of("regionCode", "440700")).getFirst();

        assertThat(jiangmen).containsEntry("fiscalYear", 2020).containsEntry("initialBudget", "9870900.00")
                .containsEntry("adjustmentTotal", "-570800.00").containsEntry("finalBudget", "9300100.00")
                .containsEntry("expenditure", "9104600.00");
        assertThat(ratio(jiangmen, "executionRate")).isCloseTo(0.9790, within(0.00005));
    }

    @Test
    void changdeCostPerAnsweredCallIn2020() {
        List<Map<String, Object>> rows = rows(UNIT_COSTS, "unitCosts", Map.of("regionCode", "430000"));

        assertThat(rows).extracting(row -> row.get("fiscalYear")).containsExactly(2018, 2019, 2020);
        Map<String, Object> year2020 = rows.get(2);
        assertThat(year2020).containsEntry("expenditure", "3495700.00").containsEntry("callsAnswered", "328010")
                .containsEntry("hotlineComponentOnly", false);
        assertThat(ratio(year2020, "costPerCall")).isCloseTo(10.66, within(0.005));
        assertThat(ratio(rows.get(0), "costPerCall")).isCloseTo(610500.0 / 96433, within(0.0001));
    }

    @Test
    void fuminCostPerTicket() {
        Map<String, Object> fumin = rows(UNIT_COSTS, "unitCosts", Map.of("regionCode", "530124")).getFirst();

        assertThat(fumin).containsEntry("expenditure", "19900.00").containsEntry("tickets", "3794")
                .containsEntry("callsAnswered", null).containsEntry("costPerCall", null);
        assertThat(ratio(fumin, "costPerTicket")).isCloseTo(19900.0 / 3794, within(0.0001));
    }

    @Test
    void jiangmenUsesTheHotlineComponentAndHasNoCallCount() {
        Map<String, Object> jiangmen = rows(UNIT_COSTS, "unitCosts", Map.of("regionCode", "440700")).getFirst();

        assertThat(jiangmen).containsEntry("hotlineComponentOnly", true).containsEntry("expenditure", "4525000.00")
                .containsEntry("callsAnswered", null).containsEntry("costPerCall", null)
                .containsEntry("costPerTicket", null);
    }

    @Test
    void filtersByYearsLevelAndEvaluationKind() {
        assertThat(rows(UNIT_COSTS, "unitCosts", Map.of("fiscalYearFrom", 2019, "fiscalYearTo", 2020)))
                .extracting(row -> row.get("projectKey") + "/" + row.get("fiscalYear"))
                .containsExactlyInAnyOrder("changde-mayor-hotline/2019", "changde-mayor-hotline/2020",
                        "jiangmen-administrative-centre-operations/2020");
        assertThat(rows(UNIT_COSTS, "unitCosts", Map.of("level", "COUNTY")))
                .extracting(row -> row.get("projectKey")).containsOnly("fumin-hotline-handling");
        assertThat(rows(UNIT_COSTS, "unitCosts", Map.of("evaluationKind", "SELF")))
                .extracting(row -> row.get("projectKey")).containsOnly("huainan-12345-hotline", "fumin-hotline-handling");
    }

    @Test
    void scoresRankedWithGradesGroupsAndPointsLost() {
        List<Map<String, Object>> all = rows(SCORES, "scoreComparison", Map.of());

        assertThat(all).extracting(row -> row.get("projectKey") + " " + row.get("totalScore") + " " + row.get("grade")
                        + " #" + row.get("rank"))
                .containsExactly("huainan-12345-hotline 100.00 EXCELLENT #1", "fumin-hotline-handling 97.00 EXCELLENT #2",
                        "changde-mayor-hotline 89.00 GOOD #3",
                        "jiangmen-administrative-centre-operations 87.50 GOOD #4");
        Map<String, Object> jiangmen = all.get(3);
        assertThat(jiangmen).containsEntry("pointsLost", "12.50").containsEntry("kind", "THIRD_PARTY");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) jiangmen.get("groups");
        assertThat(groups).first().satisfies(group -> {
            assertThat(group).containsEntry("name", "项目立项").containsEntry("weight", "15.00")
                    .containsEntry("score", "8.00");
            assertThat(ratio(group, "scoreRate")).isCloseTo(8.0 / 15, within(0.00001));
        });

        assertThat(rows(SCORES, "scoreComparison", Map.of("evaluationKind", "THIRD_PARTY")))
                .extracting(row -> row.get("projectKey") + " #" + row.get("rank"))
                .containsExactly("changde-mayor-hotline #1", "jiangmen-administrative-centre-operations #2");
    }

    @Test
    void deductionsGroupedByIndicatorGroup() {
        List<Map<String, Object>> groups = rows(DEDUCTIONS, "deductions", Map.of("regionCode", "440700"));

        assertThat(groups).isNotEmpty().allSatisfy(group -> {
            assertThat((String) group.get("level1Group")).isNotBlank();
            assertThat((Integer) group.get("evaluations")).isEqualTo(1);
        });
        assertThat(groups).extracting(group -> (Integer) group.get("deductions")).isSortedAccordingTo(
                Comparator.reverseOrder());
        assertThat(groups).anySatisfy(group -> assertThat(group).containsEntry("level1Group", "项目立项"));
        assertThat(rows(DEDUCTIONS, "deductions", Map.of("evaluationKind", "SELF", "regionCode", "340000"))).isEmpty();
    }

    @Test
    void connectionRateAcrossProjectsWithAttainment() {
        List<Map<String, Object>> rows = graphQl.document("""
                        { analytics { indicatorComparison(code: "CONNECTION_RATE", first: 100) { nodes {
                            indicatorName projectKey kind target { operator value text } actual { value text }
                            attained weight score scoreRate } } } }""")
                .execute().path("analytics.indicatorComparison.nodes").entityList(MAP).get();

        Map<String, Object> huainan = rows.stream()
                .filter(row -> "huainan-12345-hotline".equals(row.get("projectKey"))).findFirst().orElseThrow();
        assertThat(huainan).containsEntry("indicatorName", "接通率").containsEntry("attained", true)
                .containsEntry("weight", "15.00").containsEntry("score", "15.00").containsEntry("kind", "SELF");
        assertThat((Map<String, Object>) huainan.get("target")).containsEntry("operator", "GTE")
                .containsEntry("value", "0.9");
        assertThat((Map<String, Object>) huainan.get("actual")).containsEntry("value", "0.99");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("attained") == null
                || ((Map<String, Object>) row.get("target")).get("operator") != null).isTrue());
    }

    @Test
    void changdeOverrunTrendWithYearOnYearChange() {
        List<Map<String, Object>> points = graphQl.document("""
                        { analytics { trend(measure: EXPENDITURE, filter: { regionCode: "430700" }) { nodes {
                            regionCode regionName fiscalYear projects value previousValue change } } } }""")
                .execute().path("analytics.trend.nodes").entityList(MAP).get();

        assertThat(points).extracting(point -> point.get("fiscalYear")).containsExactly(2018, 2019, 2020);
        assertThat(points.get(0)).containsEntry("previousValue", null).containsEntry("change", null)
                .containsEntry("projects", 1);
        assertThat(ratio(points.get(1), "value")).isEqualTo(1215500.0);
        assertThat(ratio(points.get(1), "change")).isCloseTo(1215500.0 / 610500 - 1, within(0.000001));

        List<Map<String, Object>> overrun = graphQl.document("""
                        { analytics { trend(measure: OVERRUN_RATIO, filter: { regionCode: "430000" }) { nodes {
                            fiscalYear value } } } }""")
                .execute().path("analytics.trend.nodes").entityList(MAP).get();
        assertThat(ratio(overrun.get(2), "value")).isCloseTo(0.0818, within(0.00005));
    }

    @Test
    void unknownCatalogueCodeIsRejected() {
        graphQl.document("{ analytics { indicatorComparison(code: \"NO_SUCH_CODE\") { nodes { projectKey } } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                                .containsEntry("argument", "code").containsEntry("rule", "KNOWN_CATALOGUE_CODE")));
    }

    @Test
    void yearsOutOfOrderAreRejected() {
        graphQl.document(UNIT_COSTS).variable("filter", Map.of("fiscalYearFrom", 2020, "fiscalYearTo", 2018))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo(
                            "filter.fiscalYearTo must not be before filter.fiscalYearFrom, was 2018 < 2020");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("argument", "filter.fiscalYearTo");
                }));
    }

    @Test
    void aCommittedImportIsInTheComparisonsWhenTheImportReturns() throws Exception {
        String before = graphQl.document("{ analytics { refreshedAt } }").execute()
                .path("analytics.refreshedAt").entity(String.class).get();
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", "analytics-sync-test");

        TestTokens.asAdmin(() -> importService.importDocument(document));

        assertThat(rows(UNIT_COSTS, "unitCosts", Map.of("regionCode", "530124")))
                .extracting(row -> row.get("projectKey"))
                .containsExactlyInAnyOrder("fumin-hotline-handling", "analytics-sync-test");
        String after = graphQl.document("{ analytics { refreshedAt } }").execute()
                .path("analytics.refreshedAt").entity(String.class).get();
        assertThat(after).isNotEqualTo(before);

        removeProject("analytics-sync-test");
        assertThat(rows(UNIT_COSTS, "unitCosts", Map.of("regionCode", "530124")))
                .extracting(row -> row.get("projectKey")).containsExactly("fumin-hotline-handling");
    }

    /** Deletes a project and its reports as a committed write that announces the change, as a deletion would. */
    private void removeProject(String projectKey) {
        transaction.executeWithoutResult(status -> {
            long projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(projectKey))
                    .fetchSingle(PROJECT.ID);
            dsl.deleteFrom(REPORT).where(REPORT.PROJECT_ID.eq(projectId)).execute();
            dsl.deleteFrom(PROJECT_COMPONENT).where(PROJECT_COMPONENT.PROJECT_ID.eq(projectId)).execute();
            dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(projectId)).execute();
            events.publishEvent(new ProjectDataChanged(Set.of(projectId), null));
        });
    }

    private List<Map<String, Object>> rows(String document, String field, Map<String, Object> filter) {
        return graphQl.document(document).variable("filter", filter).execute()
                .path("analytics." + field + ".nodes").entityList(MAP).get();
    }

    private static double ratio(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).doubleValue();
    }
}
