package org.hotlineperf.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hotlineperf.GraphQlTypes.MAP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.MutationErrors;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The ledger mutations over HTTP: a budget recorded with a dated adjustment and its document, visible in the
 * project's budget year and in the analytics comparison when the mutation returns; a correction raising the
 * version; the ledger's validation rules rejecting the whole mutation with nothing written; and a stale version
 * refused with CONFLICT.
 */
@WriteTest
class FundFlowMutationTest {

    private static final String RECORD = """
            mutation($input: RecordFundFlowInput!) { recordFundFlow(input: $input) {
              fundFlow { id fiscalYear kind amount date documentReference chargedToOtherFunds version } } }""";

    private static final String CORRECT = """
            mutation($input: CorrectFundFlowInput!) { correctFundFlow(input: $input) {
              fundFlow { id amount documentReference version } } }""";

    private static final String BUDGET_YEARS = """
            query($id: ID!) { project(id: $id) { budgetYears {
              fiscalYear initialBudget adjustmentTotal finalBudget expenditure executionRate } } }""";

    private static final String ANALYTICS = """
            query($filter: ComparisonFilter) { analytics { budgetExecution(filter: $filter, first: 100) { nodes {
              projectKey fiscalYear finalBudget expenditure executionRate } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TableCounts tables;

    @Autowired
    TestTokens tokens;

    private static int projects;
    private String projectId;
    private String projectKey;

    @BeforeEach
    void createProject() {
        graphQl = tokens.as(TestTokens.ADMIN, graphQl);
        projectKey = "fund-flow-mutation-" + ++projects;
        projectId = graphQl.document("""
                        mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }""")
                .variable("input", Map.of("key", projectKey, "name", "热线项目", "regionCode", "440703",
                        "periodStartYear", 2020, "periodEndYear", 2021))
                .execute().path("createProject.project.id").entity(String.class).get();
    }

    @Test
    void aBudgetWithADatedAdjustmentAndItsDocumentShowsInTheBudgetYearAndInAnalytics() {
        record(Map.of("fiscalYear", 2020, "kind", "BUDGET_INITIAL", "amount", "9870900.00"));
        Map<String, Object> adjustment = record(Map.of("fiscalYear", 2020, "kind", "BUDGET_ADJUSTMENT",
                "amount", "-570800.00", "date", "2020-09", "documentReference", "江财预〔2020〕88号"));
        record(Map.of("fiscalYear", 2020, "kind", "EXPENDITURE", "amount", "9104600.00"));

        assertThat(adjustment).containsEntry("amount", "-570800.00").containsEntry("date", "2020-09")
                .containsEntry("documentReference", "江财预〔2020〕88号").containsEntry("version", 1);
        Map<String, Object> year = graphQl.document(BUDGET_YEARS).variable("id", projectId).execute()
                .path("project.budgetYears[0]").entity(MAP).get();
        assertThat(year).containsEntry("finalBudget", "9300100.00").containsEntry("adjustmentTotal", "-570800.00");
        assertThat((Double) year.get("executionRate")).isCloseTo(0.978978720, within(1e-9));
        List<Map<String, Object>> comparison = graphQl.document(ANALYTICS)
                .variable("filter", Map.of("regionCode", "440703", "fiscalYearFrom", 2020, "fiscalYearTo", 2020))
                .execute().path("analytics.budgetExecution.nodes").entityList(MAP).get();
        assertThat(comparison).filteredOn(row -> projectKey.equals(row.get("projectKey"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("finalBudget", "9300100.00")
                        .containsEntry("expenditure", "9104600.00"));
    }

    @Test
    void aCorrectionRaisesTheVersionAndAStaleOneIsAConflictThatWritesNothing() {
        String id = (String) record(Map.of("fiscalYear", 2021, "kind", "EXPENDITURE", "amount", "100.00")).get("id");

        Map<String, Object> corrected = graphQl.document(CORRECT)
                .variable("input", Map.of("id", id, "version", 1, "amount", "120.50"))
                .execute().path("correctFundFlow.fundFlow").entity(MAP).get();
        assertThat(corrected).containsEntry("amount", "120.50").containsEntry("version", 2);

        var before = tables.snapshot();
        assertThat(errors(CORRECT, Map.of("id", id, "version", 1, "amount", "99.00"))).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")
                        .containsEntry("currentVersion", 2));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aLineBreakingTheLedgerRulesIsRejectedWholeWithEveryFieldNamedAndNothingWritten() {
        var before = tables.snapshot();

        List<String> rules = MutationErrors.rules(errors(RECORD, input(Map.of("fiscalYear", 2019, "kind", "EXPENDITURE",
                "amount", "-5.001", "componentKey", "hotline", "chargedToOtherFunds", true))));
        assertThat(rules).containsExactlyInAnyOrder("input.fiscalYear FISCAL_YEAR_IN_PROJECT_PERIOD",
                "input.amount NON_NEGATIVE_AMOUNT", "input.amount DECIMAL_SCALE", "input.componentKey KNOWN_COMPONENT");
        assertThat(MutationErrors.rules(errors(RECORD, input(Map.of("fiscalYear", 2020, "kind", "BUDGET_INITIAL",
                "amount", "100000000000000.00", "chargedToOtherFunds", true)))))
                .containsExactlyInAnyOrder("input.amount DECIMAL_RANGE", "input.chargedToOtherFunds EXPENDITURE_ONLY");
        assertThat(MutationErrors.rules(errors(RECORD, input(Map.of("fiscalYear", 2020, "kind", "BUDGET_ADJUSTMENT",
                "amount", "-1.00", "documentReference", "江财预〔2020〕88号", "documentMissing", true)))))
                .containsExactly("input.documentMissing NO_REFERENCE_WHEN_MISSING");
        assertThat(errors(RECORD, input(Map.of("fiscalYear", 2020, "kind", "SPENDING", "amount", "1.00"))))
                .isNotEmpty().allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST"));
        assertThat(errors(RECORD, input(Map.of("fiscalYear", 2020, "kind", "EXPENDITURE", "amount", "1,00"))))
                .isNotEmpty().allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST"));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    private Map<String, Object> record(Map<String, Object> line) {
        return graphQl.document(RECORD).variable("input", input(line)).execute()
                .path("recordFundFlow.fundFlow").entity(MAP).get();
    }

    private Map<String, Object> input(Map<String, Object> line) {
        Map<String, Object> input = new HashMap<>(line);
        input.put("projectId", projectId);
        return input;
    }

    private List<ResponseError> errors(String mutation, Map<String, Object> input) {
        return MutationErrors.of(graphQl, mutation, input);
    }
}
