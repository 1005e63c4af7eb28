package org.hotlineperf.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every field of {@code Project} and the types under it (region, organisations, components, budget years, fund
 * flows, contracts, goal declarations, operating metrics, reports) over HTTP, checked against the figures the
 * seed reports print. Money is a Decimal string in yuan; rates are Float fractions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ProjectFieldsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SeedProjects seeds;

    @Test
    void identityRegionAndOrganisations() {
        GraphQlTester.Response fumin = project("fumin-hotline-handling", """
                id key name attribute periodStartYear periodEndYear description
                region { code name level parent { code name level parent { code name level parent { code } } } }
                competentDepartment { id name kind code }
                implementingUnit { name kind }""");

        fumin.path("project.id").entity(String.class).isEqualTo(String.valueOf(seeds.idOf("fumin-hotline-handling")));
        fumin.path("project.name").entity(String.class).isEqualTo("热线办理工作经费");
        fumin.path("project.attribute").entity(String.class).isEqualTo("RECURRING");
        fumin.path("project.periodStartYear").entity(Integer.class).isEqualTo(2025);
        fumin.path("project.periodEndYear").entity(Integer.class).isEqualTo(2025);
        fumin.path("project.region.code").entity(String.class).isEqualTo("530124");
        fumin.path("project.region.name").entity(String.class).isEqualTo("富民县");
        fumin.path("project.region.level").entity(String.class).isEqualTo("COUNTY");
        fumin.path("project.region.parent.code").entity(String.class).isEqualTo("530100");
        fumin.path("project.region.parent.level").entity(String.class).isEqualTo("PREFECTURE");
        fumin.path("project.region.parent.parent.name").entity(String.class).isEqualTo("云南省");
        fumin.path("project.region.parent.parent.parent").valueIsNull();
        fumin.path("project.competentDepartment.name").entity(String.class).isEqualTo("富民县信访局");
        fumin.path("project.competentDepartment.kind").entity(String.class).isEqualTo("GOVERNMENT");
        fumin.path("project.implementingUnit.name").entity(String.class).isEqualTo("富民县12345热线办公室");

        project("huainan-12345-hotline", "attribute competentDepartment { code }")
                .path("project.attribute").entity(String.class).isEqualTo("ONE_TIME")
                .path("project.competentDepartment.code").entity(String.class).isEqualTo("009");
        project("changde-mayor-hotline", "attribute").path("project.attribute").valueIsNull();
    }

    @Test
    void componentsSayWhichIsTheHotline() {
        project("jiangmen-administrative-centre-operations", "components { id key name isHotline description }")
                .path("project.components[*].key").entityList(String.class).containsExactly("hotline", "service-centre")
                .path("project.components[*].isHotline").entityList(Boolean.class).containsExactly(true, false)
                .path("project.components[0].name").entity(String.class).isEqualTo("江门市12345政府服务热线营运");
        project("changde-mayor-hotline", "components { key }")
                .path("project.components").entityList(Object.class).hasSize(0);
    }

    @Test
    void changdeBudgetYearsShowTheOverrunEveryYear() {
        List<Map<String, Object>> years = budgetYears("changde-mayor-hotline");

        assertThat(years).extracting(year -> year.get("fiscalYear")).containsExactly(2018, 2019, 2020);
        assertThat(years).extracting(year -> year.get("initialBudget"))
                .containsExactly("542000.00", "962000.00", "1137200.00");
        assertThat(years).extracting(year -> year.get("adjustmentTotal"))
                .containsExactly("0.00", "0.00", "2094200.00");
        assertThat(years).extracting(year -> year.get("finalBudget"))
                .containsExactly("542000.00", "962000.00", "3231400.00");
        assertThat(years).extracting(year -> year.get("expenditure"))
                .containsExactly("610500.00", "1215500.00", "3495700.00");
        assertThat(years).extracting(year -> year.get("expenditureChargedToOtherFunds"))
                .containsExactly("68500.00", "253500.00", "264300.00");
        assertThat(years).extracting(year -> year.get("fundsReceived")).containsOnlyNulls();
        assertThat(rate(years.get(0), "overrunRatio")).isCloseTo(0.1264, within(0.00005));
        assertThat(rate(years.get(1), "overrunRatio")).isCloseTo(0.2635, within(0.00005));
        assertThat(rate(years.get(2), "overrunRatio")).isCloseTo(0.0818, within(0.00005));
        assertThat(rate(years.get(2), "executionRate")).isCloseTo(1.0818, within(0.00005));
    }

    @Test
    void jiangmenBudgetYearShowsTheCutAndTheExecutionRate() {
        Map<String, Object> year = budgetYears("jiangmen-administrative-centre-operations").getFirst();

        assertThat(year).containsEntry("fiscalYear", 2020)
                .containsEntry("initialBudget", "9870900.00")
                .containsEntry("adjustmentTotal", "-570800.00")
                .containsEntry("finalBudget", "9300100.00")
                .containsEntry("expenditure", "9104600.00");
        assertThat(rate(year, "executionRate")).isCloseTo(0.9790, within(0.00005));
        assertThat(rate(year, "overrunRatio")).isCloseTo(-0.0210, within(0.00005));
    }

    @Test
    void fundFlowsKeepPartsAdjustmentsAndFlags() {
        GraphQlTester.Response jiangmen = project("jiangmen-administrative-centre-operations", """
                fundFlows { id parentId fiscalYear kind amount componentKey inProjectLedger chargedToOtherFunds
                            documentReference date }""");
        List<Map<String, Object>> lines = jiangmen.path("project.fundFlows").entityList(MAP).get();

        Map<String, Object> cut = single(lines, line -> "BUDGET_ADJUSTMENT".equals(line.get("kind")));
        assertThat(cut).containsEntry("amount", "-570800.00").containsEntry("documentReference", null);
        Map<String, Object> outsideLedger = single(lines, line -> Boolean.FALSE.equals(line.get("inProjectLedger")));
        assertThat(outsideLedger).containsEntry("amount", "122300.00").containsEntry("kind", "EXPENDITURE");
        Map<String, Object> parent = single(lines, line -> line.get("id").equals(outsideLedger.get("parentId")));
        assertThat(parent).containsEntry("amount", "4579600.00").containsEntry("componentKey", "service-centre");

        GraphQlTester.Response changde2018 = project("changde-mayor-hotline",
                "fundFlows(fiscalYear: 2018) { fiscalYear kind amount chargedToOtherFunds }");
        List<Map<String, Object>> lines2018 = changde2018.path("project.fundFlows").entityList(MAP).get();
        assertThat(lines2018).extracting(line -> line.get("fiscalYear")).containsOnly(2018);
        assertThat(lines2018).filteredOn(line -> Boolean.TRUE.equals(line.get("chargedToOtherFunds")))
                .extracting(line -> line.get("amount")).containsExactly("68500.00");

        project("changde-mayor-hotline", "fundFlows { kind fiscalYear amount date }")
                .path("project.fundFlows[?(@.kind == 'BUDGET_ADJUSTMENT')].date").entityList(String.class)
                .containsExactly("2020-09")
                .path("project.fundFlows[?(@.kind == 'FUNDS_RECEIVED')].fiscalYear").entityList(Object.class)
                .containsExactly((Object) null);
    }

    @Test
    void contractsWithOperatorAndPayments() {
        project("jiangmen-administrative-centre-operations", """
                contracts { title operator { name kind } procurementMethod procurementReference signedOn serviceStart
                            serviceEnd totalAmount projectShareAmount description payments { fiscalYear amount paidOn } }""")
                .path("project.contracts[0].operator.name").entity(String.class).isEqualTo("江门市新光网络有限公司")
                .path("project.contracts[0].operator.kind").entity(String.class).isEqualTo("COMPANY")
                .path("project.contracts[0].procurementMethod").entity(String.class).isEqualTo("公开招标")
                .path("project.contracts[0].procurementReference").entity(String.class).isEqualTo("江财采计〔2019〕00553号")
                .path("project.contracts[0].serviceStart").entity(String.class).isEqualTo("2019-05-01")
                .path("project.contracts[0].serviceEnd").entity(String.class).isEqualTo("2022-04-30")
                .path("project.contracts[0].totalAmount").entity(String.class).isEqualTo("23499600.00")
                .path("project.contracts[0].projectShareAmount").entity(String.class).isEqualTo("13512390.00")
                .path("project.contracts[0].payments[0].fiscalYear").entity(Integer.class).isEqualTo(2020)
                .path("project.contracts[0].payments[0].amount").entity(String.class).isEqualTo("4364500.00");
    }

    @Test
    void goalDeclarationsWithTheirTargets() {
        GraphQlTester.Response huainan = project("huainan-12345-hotline", """
                goalDeclarations { id kind periodStartYear periodEndYear projectNameAsStated overallGoal totalFunds
                                   fiscalAppropriation otherFunds
                                   targets { level1 level2 name code fiscalYear definition
                                             target { operator value unit text } } }""");

        huainan.path("project.goalDeclarations[*].kind").entityList(String.class)
                .satisfies(values -> assertThat(values).containsExactlyInAnyOrder("MEDIUM_TERM", "ANNUAL"));
        List<Map<String, Object>> targets = huainan.path("project.goalDeclarations[*].targets[*]").entityList(MAP).get();
        assertThat(targets).hasSize(18);
        assertThat(targets).filteredOn(target -> "SATISFACTION_RATE".equals(target.get("code"))).hasSize(2)
                .allSatisfy(target -> assertThat((Map<String, Object>) target.get("target"))
                        .containsEntry("operator", "GTE").containsEntry("value", "0.9").containsEntry("text", "≥90%"));
        assertThat(targets).filteredOn(target -> "项目控制数".equals(target.get("name")))
                .allSatisfy(target -> assertThat((Map<String, Object>) target.get("target"))
                        .containsEntry("value", "492").containsEntry("unit", "万元"));
    }

    @Test
    void operatingMetricsByYearKeepNumeratorAndDenominator() {
        GraphQlTester.Response changde = project("changde-mayor-hotline",
                "operatingMetrics(fiscalYear: 2020) { id periodStart periodEnd periodNote metric label scope value unit numerator denominator text }");
        List<Map<String, Object>> metrics = changde.path("project.operatingMetrics").entityList(MAP).get();

        assertThat(metrics).isNotEmpty().allSatisfy(metric ->
                assertThat((String) metric.get("periodStart")).startsWith("2020-"));
        assertThat(metrics).filteredOn(metric -> "CALLS_ANSWERED".equals(metric.get("metric")))
                .extracting(metric -> metric.get("value")).containsExactly("328010");

        List<Map<String, Object>> all = project("changde-mayor-hotline", "operatingMetrics { metric value periodStart }")
                .path("project.operatingMetrics").entityList(MAP).get();
        assertThat(all).filteredOn(metric -> "CALLS_ANSWERED".equals(metric.get("metric")))
                .extracting(metric -> metric.get("value")).containsExactly("96433", "105125", "328010");
        assertThat(all).filteredOn(metric -> metric.get("value") != null)
                .allSatisfy(metric -> assertThat((String) metric.get("value")).doesNotEndWith(".000000"));
    }

    @Test
    void ratesWithNumeratorAndDenominatorAreFractions() {
        List<Map<String, Object>> metrics = project("jiangmen-administrative-centre-operations",
                "operatingMetrics { metric value numerator denominator }")
                .path("project.operatingMetrics").entityList(MAP).get();
        List<Map<String, Object>> changde = project("changde-mayor-hotline",
                "operatingMetrics { metric value numerator denominator unit }")
                .path("project.operatingMetrics").entityList(MAP).get();

        assertThat(metrics).isNotEmpty();
        assertThat(changde).filteredOn(metric -> metric.get("numerator") != null && metric.get("value") != null
                        && "%".equals(metric.get("unit")))
                .allSatisfy(metric -> assertThat(Double.parseDouble((String) metric.get("value"))).isBetween(0.0, 1.5));
    }

    @Test
    void evaluationsAndTheLatestOne() {
        project("changde-mayor-hotline", "evaluations { id kind periodStartYear periodEndYear } latestEvaluation { id totalScore grade }")
                .path("project.evaluations[*].kind").entityList(String.class).containsExactly("THIRD_PARTY")
                .path("project.latestEvaluation.totalScore").entity(String.class).isEqualTo("89.00")
                .path("project.latestEvaluation.grade").entity(String.class).isEqualTo("GOOD");
    }

    @Test
    void reportsWithSectionsAndStatedFigures() {
        GraphQlTester.Response changde = project("changde-mayor-hotline", """
                reports { id key title sourceFile moneyUnit importedAt
                          sections { heading body }
                          reportedFigures { id fiscalYear measure label componentKey value unit text } }""");

        changde.path("project.reports[0].key").entity(String.class).isEqualTo("changde-2018-2020-third-party")
                .path("project.reports[0].moneyUnit").entity(String.class).isEqualTo("WAN_YUAN")
                .path("project.reports[0].sections").entityList(Object.class).hasSize(5);
        List<Map<String, Object>> figures = changde.path("project.reports[0].reportedFigures").entityList(MAP).get();
        assertThat(figures).filteredOn(figure -> "BUDGET_EXECUTION_RATE".equals(figure.get("measure")))
                .extracting(figure -> figure.get("value")).contains("1");
    }

    private GraphQlTester.Response project(String key, String selection) {
        return graphQl.document("query($id: ID!) { project(id: $id) { " + selection + " } }")
                .variable("id", String.valueOf(seeds.idOf(key)))
                .execute();
    }

    private List<Map<String, Object>> budgetYears(String key) {
        return project(key, """
                budgetYears { fiscalYear initialBudget adjustmentTotal finalBudget fundsReceived expenditure
                              expenditureChargedToOtherFunds executionRate overrunRatio }""")
                .path("project.budgetYears").entityList(MAP).get();
    }

    private static double rate(Map<String, Object> year, String field) {
        return ((Number) year.get(field)).doubleValue();
    }

    private static Map<String, Object> single(List<Map<String, Object>> lines,
                                              Predicate<Map<String, Object>> condition) {
        return lines.stream().filter(condition).reduce((a, b) -> {
            throw new AssertionError("more than one line matches");
        }).orElseThrow(() -> new AssertionError("no line matches"));
    }
}
