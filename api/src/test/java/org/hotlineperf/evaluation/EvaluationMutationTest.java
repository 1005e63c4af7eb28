package org.hotlineperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.REPORT;

import java.util.List;
import java.util.Map;
import org.hotlineperf.MutationErrors;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.hotlineperf.importer.ReportImportService;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The evaluation mutations over HTTP, on a copy of Fumin's self-evaluation: an indicator's score and deduction
 * reason corrected and audited with the reasons before and after; a score above the weight, a negative or
 * over-precise score rejected with nothing written; a stale version refused; findings added and removed.
 */
@WriteTest
@SuppressWarnings("unchecked")
class EvaluationMutationTest {

    private static final String UPDATE = """
            mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) {
              indicator { id name weight score pointsDeducted deductionReason version actual { value text } } } }""";

    private static final String ADD_FINDING = """
            mutation($input: AddFindingInput!) { addFinding(input: $input) {
              finding { id kind title body version } } }""";

    private static final String REMOVE_FINDING = """
            mutation($input: RemoveFindingInput!) { removeFinding(input: $input) { removedFindingId } }""";

    private static final String FINDINGS = """
            query($id: ID!) { evaluation(id: $id) { findings(kind: PROBLEM) { id body } } }""";

    private static final String AUDIT = """
            query($id: ID!) { auditTrail(entityType: INDICATOR, entityId: $id) {
              edges { node { action before after } } } }""";

    private static int copies;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ReportImportService importService;

    @Autowired
    DSLContext dsl;

    @Autowired
    TableCounts tables;

    @Autowired
    TestTokens tokens;

    private long evaluationId;
    private String economicBenefit;

    @BeforeEach
    void importACopyOfFumin() {
        graphQl = tokens.as(TestTokens.ADMIN, graphQl);
        String key = "evaluation-mutation-" + ++copies;
        TestTokens.asAdmin(() -> importService.importDocument(SeedDocuments.copyOf("fumin-2025-self.json", key)));
        evaluationId = dsl.select(EVALUATION.ID).from(EVALUATION).join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .where(REPORT.REPORT_KEY.eq(key)).fetchSingle(EVALUATION.ID);
        Record2<Long, Integer> indicator = dsl.select(INDICATOR.ID, INDICATOR.VERSION).from(INDICATOR)
                .where(INDICATOR.EVALUATION_ID.eq(evaluationId)).and(INDICATOR.NAME.eq("经济效益")).fetchSingle();
        economicBenefit = String.valueOf(indicator.value1());
    }

    @Test
    void correctsAScoreAndItsDeductionReasonAndAuditsBoth() {
        Map<String, Object> indicator = graphQl.document(UPDATE).variable("input", Map.of("id", economicBenefit,
                        "version", 1, "score", "4.5", "pointsDeducted", "1.5", "deductionReason", "经济效益数据不完整"))
                .execute().path("updateIndicator.indicator").entity(MAP).get();

        assertThat(indicator).containsEntry("weight", "6.00").containsEntry("score", "4.50")
                .containsEntry("pointsDeducted", "1.50").containsEntry("deductionReason", "经济效益数据不完整")
                .containsEntry("version", 2);
        List<Map<String, Object>> trail = graphQl.document(AUDIT).variable("id", economicBenefit).execute()
                .path("auditTrail.edges[*].node").entityList(MAP).get();
        assertThat(trail).singleElement().satisfies(entry -> {
            Map<String, Object> before = (Map<String, Object>) entry.get("before");
            Map<String, Object> after = (Map<String, Object>) entry.get("after");
            assertThat(before).containsEntry("score", "3.00").containsEntry("version", 1);
            assertThat((List<String>) before.get("deduction_reasons")).singleElement().asString()
                    .startsWith("热线工作侧重于保持和促进社会和谐稳定");
            assertThat(after).containsEntry("score", "4.50").containsEntry("version", 2)
                    .containsEntry("deduction_reasons", List.of("经济效益数据不完整"));
        });
    }

    @Test
    void aScoreAboveTheWeightANegativeOrOverPreciseScoreIsRejectedAndNothingIsWritten() {
        var before = tables.snapshot();

        assertThat(MutationErrors.rules(MutationErrors.of(graphQl, UPDATE, Map.of("id", economicBenefit,
                "version", 1, "score", "6.01", "pointsDeducted", "-1"))))
                .containsExactlyInAnyOrder("input.score SCORE_WITHIN_WEIGHT", "input.pointsDeducted NON_NEGATIVE");
        assertThat(MutationErrors.rules(MutationErrors.of(graphQl, UPDATE, Map.of("id", economicBenefit,
                "version", 1, "score", "5.555", "deductionReason", "  "))))
                .containsExactlyInAnyOrder("input.score DECIMAL_SCALE", "input.deductionReason NOT_BLANK");
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsAConflict() {
        graphQl.document(UPDATE).variable("input", Map.of("id", economicBenefit, "version", 1, "comment", "复核"))
                .execute().path("updateIndicator.indicator.version").entity(Integer.class).isEqualTo(2);
        var before = tables.snapshot();

        assertThat(MutationErrors.of(graphQl, UPDATE, Map.of("id", economicBenefit, "version", 1, "score", "6")))
                .singleElement().satisfies(error -> assertThat(error.getExtensions())
                        .containsEntry("code", "CONFLICT").containsEntry("currentVersion", 2));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void addsAndRemovesAFindingWithVersionChecks() {
        Map<String, Object> finding = graphQl.document(ADD_FINDING).variable("input", Map.of(
                        "evaluationId", String.valueOf(evaluationId), "kind", "PROBLEM", "title", "未列问题",
                        "body", "自评报告未列出存在的问题。"))
                .execute().path("addFinding.finding").entity(MAP).get();
        assertThat(finding).containsEntry("kind", "PROBLEM").containsEntry("version", 1);
        String id = (String) finding.get("id");
        assertThat(problemIds()).contains(id);

        assertThat(MutationErrors.of(graphQl, REMOVE_FINDING, Map.of("id", id, "version", 7)))
                .singleElement().satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "CONFLICT"));
        assertThat(problemIds()).contains(id);

        graphQl.document(REMOVE_FINDING).variable("input", Map.of("id", id, "version", 1)).execute()
                .path("removeFinding.removedFindingId").entity(String.class).isEqualTo(id);
        assertThat(problemIds()).doesNotContain(id);
        assertThat(MutationErrors.of(graphQl, ADD_FINDING, Map.of("evaluationId", String.valueOf(evaluationId),
                "kind", "PROBLEM", "body", "")))
                .extracting(error -> error.getExtensions().get("rule")).containsExactly("NOT_BLANK");
    }

    private List<String> problemIds() {
        return graphQl.document(FINDINGS).variable("id", String.valueOf(evaluationId)).execute()
                .path("evaluation.findings[*].id").entityList(String.class).get();
    }
}
