package org.hotlineperf.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.data.Offset.offset;
import static org.hotlineperf.GraphQlTypes.MAP;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The consistency checks on the four seed reports, through GraphQL: every flag the issue expects (Changde's overrun
 * in 2018, 2019 and 2020, its spending charged to other funds and its stated 100% execution rate; Jiangmen's
 * adjustment without a document and its 12.23万 outside the ledger; Huainan's perfect score without problems and its
 * declared targets never scored), and not one flag more; then {@code Query.flags} with its filters and paging,
 * the flags of evaluations and projects, and the counts in {@code Query.analytics}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class SeedFlagsTest {

    private static final Set<String> SEEDS = Set.of("huainan-12345-hotline", "jiangmen-administrative-centre-operations",
            "changde-mayor-hotline", "fumin-hotline-handling");
    private static final String CHANGDE = "changde-mayor-hotline";
    private static final String JIANGMEN = "jiangmen-administrative-centre-operations";
    private static final String HUAINAN = "huainan-12345-hotline";

    private static final String PAGE = """
            query Flags($filter: FlagFilter, $first: Int, $after: String) {
              flags(filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id code severity fiscalYear message messageZh
                                      evidence { name value unit text }
                                      project { key } evaluation { kind periodStartYear } indicator { name } } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SeedProjects seeds;

    @Test
    void changdeOverranItsBudgetIn2018And2019And2020() {
        List<Map<String, Object>> overruns = flags(Map.of("code", "BUDGET_OVERRUN"), CHANGDE);

        assertThat(overruns).extracting(flag -> flag.get("fiscalYear"), flag -> flag.get("severity"))
                .containsExactly(tuple(2018, "WARNING"), tuple(2019, "WARNING"), tuple(2020, "WARNING"));
        assertThat(overruns).extracting(flag -> number(flag, "overrunRatio")).satisfiesExactly(
                ratio -> assertThat(ratio).isCloseTo(0.1264, offset(0.00005)),
                ratio -> assertThat(ratio).isCloseTo(0.2635, offset(0.00005)),
                ratio -> assertThat(ratio).isCloseTo(0.0818, offset(0.00005)));
        assertThat(overruns.getFirst().get("messageZh"))
                .isEqualTo("2018年实际支出61.05万元，超过全年预算数54.20万元，超支6.85万元（超预算12.64%）。");
        assertThat(evidence(overruns.get(2))).containsEntry("finalBudget", "3231400.00")
                .containsEntry("expenditure", "3495700.00").containsEntry("adjustmentTotal", "2094200.00");
    }

    @Test
    void changdeChargedSpendingToOtherFunds() {
        assertThat(flags(Map.of("code", "CHARGED_TO_OTHER_FUNDS"), CHANGDE))
                .extracting(flag -> flag.get("fiscalYear"), flag -> evidence(flag).get("chargedToOtherFunds"))
                .containsExactly(tuple(2018, "68500.00"), tuple(2019, "253500.00"), tuple(2020, "264300.00"));
    }

    @Test
    void changdeStatesA100PercentExecutionRateItsFiguresContradict() {
        List<Map<String, Object>> rates = flags(Map.of("code", "STATED_RATE_CONTRADICTS_FIGURES"), CHANGDE);

        assertThat(rates).singleElement().satisfies(flag -> {
            assertThat(flag).containsEntry("severity", "ERROR").containsEntry("fiscalYear", null);
            assertThat(evidence(flag)).containsEntry("statedRate", "1").containsEntry("expenditure", "5321700.00")
                    .containsEntry("finalBudget", "4735400.00");
            assertThat(number(flag, "computedRate")).isCloseTo(1.1238, offset(0.00005));
            assertThat((String) flag.get("message")).contains("100%", "112.38%");
        });
    }

    @Test
    void jiangmenCutItsBudgetWithoutADocumentAndSpent1223WanOutsideTheLedger() {
        assertThat(flags(Map.of("code", "ADJUSTMENT_WITHOUT_DOCUMENT"), JIANGMEN)).singleElement().satisfies(flag -> {
            assertThat(flag).containsEntry("fiscalYear", 2020)
                    .containsEntry("messageZh", "2020年预算追减57.08万元，未提供预算调整文件。");
            assertThat(evidence(flag)).containsEntry("adjustment", "-570800.00").containsEntry("finalBudget", "9300100.00");
        });
        assertThat(flags(Map.of("code", "LEDGER_MISMATCH"), JIANGMEN)).singleElement().satisfies(flag -> {
            assertThat(flag).containsEntry("severity", "WARNING").containsEntry("fiscalYear", 2020);
            assertThat(evidence(flag)).containsEntry("reportedExpenditure", "4579600.00")
                    .containsEntry("bookedInProjectLedger", "4457300.00")
                    .containsEntry("outsideProjectLedger", "122300.00");
        });
    }

    @Test
    void huainanScoresItselfPerfectWithoutAProblemAndNeverScoresMostDeclaredTargets() {
        assertThat(flags(Map.of("code", "PERFECT_SCORE_NO_PROBLEMS"), HUAINAN)).singleElement()
                .satisfies(flag -> assertThat(evidence(flag)).containsEntry("totalScore", "100.00")
                        .containsEntry("problemsListed", "0"));
        List<Map<String, Object>> targets = flags(Map.of("code", "DECLARED_TARGET_NOT_EVALUATED"), HUAINAN);
        assertThat(targets).extracting(flag -> ((String) flag.get("messageZh")).split("”")[0].split("“")[1])
                .containsExactly("日均受理话务量", "话务运营畅通", "及时响应量", "节约成本指标", "及时回应社会关切", "促进生态发展",
                        "促进可持续发展");
        assertThat(evidence(targets.getFirst())).containsEntry("target", "2500").containsEntry("scoredInstead", "“接通率”")
                .containsEntry("declarations", "MEDIUM_TERM, ANNUAL");
    }

    /**
     * The complete list of flags on the seeds, each checked against the reports by hand (see README): nothing a
     * careful reader would call false. Not flagged on purpose: Changde's 209.42万 adjustment (the report cites no
     * document number but does not say there was none), Jiangmen's 94.28% for 33/35 (cut, not rounded, at the
     * printed precision), Huainan's 项目控制数 and 群众满意度 (scored as 成本支出总量 and 群众和社会满意率), Fumin.
     */
    @Test
    void noFlagBeyondThoseTheReportsBearOut() {
        List<Map<String, Object>> all = graphQl.document("""
                        { projects(first: 100) { edges { node { key flags { code severity fiscalYear indicator { name } } } } } }""")
                .execute().path("projects.edges[*].node").entityList(MAP).get();
        Map<String, List<String>> byProject = all.stream().filter(project -> SEEDS.contains(project.get("key")))
                .collect(Collectors.toMap(project -> (String) project.get("key"), project ->
                        ((List<Map<String, Object>>) project.get("flags")).stream()
                                .map(flag -> flag.get("code") + " " + flag.get("severity") + " " + flag.get("fiscalYear"))
                                .sorted().toList()));

        assertThat(byProject).containsOnlyKeys(SEEDS);
        assertThat(byProject.get(CHANGDE)).containsExactly(
                "BUDGET_OVERRUN WARNING 2018", "BUDGET_OVERRUN WARNING 2019", "BUDGET_OVERRUN WARNING 2020",
                "CHARGED_TO_OTHER_FUNDS WARNING 2018", "CHARGED_TO_OTHER_FUNDS WARNING 2019",
                "CHARGED_TO_OTHER_FUNDS WARNING 2020", "STATED_RATE_CONTRADICTS_FIGURES ERROR null");
        assertThat(byProject.get(JIANGMEN)).containsExactly("ADJUSTMENT_WITHOUT_DOCUMENT WARNING 2020",
                "LEDGER_MISMATCH WARNING 2020");
        List<String> huainan = new ArrayList<>(Collections.nCopies(7, "DECLARED_TARGET_NOT_EVALUATED WARNING 2024"));
        huainan.add("PERFECT_SCORE_NO_PROBLEMS WARNING 2024");
        assertThat(byProject.get(HUAINAN)).containsExactlyElementsOf(huainan);
        assertThat(byProject.get("fumin-hotline-handling")).isEmpty();
    }

    @Test
    void anEvaluationAndAProjectListTheirFlagsMostSevereFirst() {
        graphQl.document("query($id: ID!) { project(id: $id) { flags { code severity } "
                        + "evaluations { flags { code evaluation { periodStartYear periodEndYear } project { key } } } } }")
                .variable("id", String.valueOf(seeds.idOf(CHANGDE)))
                .execute()
                .path("project.flags[0].severity").entity(String.class).isEqualTo("ERROR")
                .path("project.flags[*].code").entityList(String.class).hasSize(7)
                .path("project.evaluations[0].flags[*].code").entityList(String.class).hasSize(7)
                .path("project.evaluations[0].flags[0].evaluation.periodStartYear").entity(Integer.class).isEqualTo(2018)
                .path("project.evaluations[0].flags[0].project.key").entity(String.class).isEqualTo(CHANGDE);
    }

    @Test
    void filtersByCodeSeverityRegionAndYear() {
        assertThat(keysAndCodes(Map.of("severity", "ERROR"))).containsExactly(
                CHANGDE + " STATED_RATE_CONTRADICTS_FIGURES");
        assertThat(keysAndCodes(Map.of("regionCode", "440000"))).containsExactly(
                JIANGMEN + " ADJUSTMENT_WITHOUT_DOCUMENT", JIANGMEN + " LEDGER_MISMATCH");
        assertThat(keysAndCodes(Map.of("regionCode", "430000", "fiscalYear", 2019))).containsExactlyInAnyOrder(
                CHANGDE + " BUDGET_OVERRUN", CHANGDE + " CHARGED_TO_OTHER_FUNDS",
                CHANGDE + " STATED_RATE_CONTRADICTS_FIGURES");
        assertThat(keysAndCodes(Map.of("fiscalYear", 2021))).isEmpty();
        assertThat(keysAndCodes(Map.of("code", "GRADE_MISMATCH"))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlap() {
        Map<String, Object> seedsOnly = Map.of("regionCode", "440000");
        GraphQlTester.Response first = page(seedsOnly, 1, null);
        first.path("flags.totalCount").entity(Integer.class).isEqualTo(2)
                .path("flags.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("flags.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String after = first.path("flags.pageInfo.endCursor").entity(String.class).get();
        GraphQlTester.Response second = page(seedsOnly, 1, after);
        second.path("flags.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("flags.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        assertThat(List.of(first.path("flags.edges[0].node.code").entity(String.class).get(),
                second.path("flags.edges[0].node.code").entity(String.class).get()))
                .containsExactly("ADJUSTMENT_WITHOUT_DOCUMENT", "LEDGER_MISMATCH");
        page(seedsOnly, 0, null).path("flags.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgument() {
        refused(Map.of("filter", Map.of("regionCode", "999999")), "filter.regionCode", "KNOWN_REGION_CODE");
        refused(Map.of("filter", Map.of("fiscalYear", 1800)), "filter.fiscalYear", "FISCAL_YEAR_RANGE");
        refused(Map.of("first", 101), "first", "PAGE_SIZE");
        refused(Map.of("after", "not-a-cursor"), "after", "CURSOR");
    }

    @Test
    void flagCountsByRegionAndYearInAnalytics() {
        List<Map<String, Object>> rows = graphQl.document("""
                        query($filter: ComparisonFilter) { analytics { flagCounts(filter: $filter, first: 100) {
                          totalCount edges { node { regionCode regionName fiscalYear flags errors warnings infos
                                                     projects evaluations byCode { code flags } } } } } }""")
                .variable("filter", Map.of("regionCode", "430000"))
                .execute().path("analytics.flagCounts.edges[*].node").entityList(MAP).get();

        assertThat(rows).extracting(row -> row.get("regionName"), row -> row.get("fiscalYear"), row -> row.get("flags"),
                        row -> row.get("errors"), row -> row.get("warnings"))
                .containsExactly(tuple("常德市", null, 1, 1, 0), tuple("常德市", 2018, 2, 0, 2),
                        tuple("常德市", 2019, 2, 0, 2), tuple("常德市", 2020, 2, 0, 2));
        assertThat(rows.get(1).get("byCode")).isEqualTo(List.of(Map.of("code", "BUDGET_OVERRUN", "flags", 1),
                Map.of("code", "CHARGED_TO_OTHER_FUNDS", "flags", 1)));

        graphQl.document("""
                        { analytics { flagCounts(code: DECLARED_TARGET_NOT_EVALUATED, first: 1) {
                          totalCount pageInfo { hasNextPage } edges { node { regionCode fiscalYear flags } } } } }""")
                .execute()
                .path("analytics.flagCounts.totalCount").entity(Integer.class).isEqualTo(1)
                .path("analytics.flagCounts.edges[0].node.regionCode").entity(String.class).isEqualTo("340400")
                .path("analytics.flagCounts.edges[0].node.flags").entity(Integer.class).isEqualTo(7);
    }

    @Test
    void theLedgerLineTellsWhetherItsDocumentIsMissing() {
        graphQl.document("query($id: ID!) { project(id: $id) { fundFlows(fiscalYear: 2020) { kind documentMissing } } }")
                .variable("id", String.valueOf(seeds.idOf(JIANGMEN)))
                .execute()
                .path("project.fundFlows[?(@.kind == 'BUDGET_ADJUSTMENT')].documentMissing").entityList(Boolean.class)
                .containsExactly(true)
                .path("project.fundFlows[?(@.kind == 'EXPENDITURE')].documentMissing").entityList(Boolean.class)
                .satisfies(values -> assertThat(values).isNotEmpty().containsOnly(false));
    }

    private List<Map<String, Object>> flags(Map<String, Object> filter, String projectKey) {
        return page(filter, 100, null).path("flags.edges[*].node").entityList(MAP).get().stream()
                .filter(flag -> projectKey.equals(((Map<?, ?>) flag.get("project")).get("key")))
                .toList();
    }

    private List<String> keysAndCodes(Map<String, Object> filter) {
        return page(filter, 100, null).path("flags.edges[*].node").entityList(MAP).get().stream()
                .map(flag -> ((Map<?, ?>) flag.get("project")).get("key") + " " + flag.get("code"))
                .toList();
    }

    private GraphQlTester.Response page(Map<String, Object> filter, int first, String after) {
        var request = graphQl.document(PAGE).variable("filter", filter).variable("first", first);
        return (after == null ? request : request.variable("after", after)).execute();
    }

    private void refused(Map<String, Object> variables, String argument, String rule) {
        var request = graphQl.document(PAGE);
        for (var variable : variables.entrySet()) {
            request = request.variable(variable.getKey(), variable.getValue());
        }
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST").containsEntry("argument", argument)
                    .containsEntry("rule", rule);
            assertThat(error.getPath()).isEqualTo("flags");
        }));
    }

    private static Map<String, String> evidence(Map<String, Object> flag) {
        return ((List<Map<String, Object>>) flag.get("evidence")).stream().collect(Collectors.toMap(
                item -> (String) item.get("name"),
                item -> (String) (item.get("value") != null ? item.get("value") : item.get("text"))));
    }

    private static double number(Map<String, Object> flag, String name) {
        return Double.parseDouble(evidence(flag).get(name));
    }
}
