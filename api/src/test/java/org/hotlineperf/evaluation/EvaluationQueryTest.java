package org.hotlineperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code Query.evaluation}, the {@code Evaluation} and {@code Indicator} types and the indicator catalogue over
 * HTTP, against the scores, grades, trees and findings of the seed reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class EvaluationQueryTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SeedProjects seeds;

    @Test
    void totalsGradesAndReportedGrades() {
        assertThat(List.of(summary("huainan-12345-hotline"), summary("jiangmen-administrative-centre-operations"),
                summary("changde-mayor-hotline"), summary("fumin-hotline-handling")))
                .containsExactly(
                        Map.of("kind", "SELF", "totalScore", "100.00", "grade", "EXCELLENT", "reportedGrade", "null"),
                        Map.of("kind", "THIRD_PARTY", "totalScore", "87.50", "grade", "GOOD", "reportedGrade", "GOOD"),
                        Map.of("kind", "THIRD_PARTY", "totalScore", "89.00", "grade", "GOOD", "reportedGrade", "GOOD"),
                        Map.of("kind", "SELF", "totalScore", "97.00", "grade", "EXCELLENT", "reportedGrade", "EXCELLENT"));
    }

    @Test
    void whoEvaluatedForWhomAndWhen() {
        evaluation("changde-mayor-hotline", """
                evaluator { name } commissionedBy { name } periodStartYear periodEndYear fieldworkStart fieldworkEnd
                reportedOn totalWeight reportedGradeText gradingScheme method conclusion scoreTableTitle""")
                .path("evaluation.evaluator.name").entity(String.class).isEqualTo("湖南求臻会计师事务所有限公司")
                .path("evaluation.commissionedBy.name").entity(String.class).isEqualTo("常德市财政局")
                .path("evaluation.periodStartYear").entity(Integer.class).isEqualTo(2018)
                .path("evaluation.periodEndYear").entity(Integer.class).isEqualTo(2020)
                .path("evaluation.fieldworkStart").entity(String.class).isEqualTo("2021-05-31")
                .path("evaluation.fieldworkEnd").entity(String.class).isEqualTo("2021-06-04")
                .path("evaluation.totalWeight").entity(String.class).isEqualTo("100.00")
                .path("evaluation.reportedGradeText").entity(String.class).isEqualTo("良");
        evaluation("jiangmen-administrative-centre-operations", "reportedOn")
                .path("evaluation.reportedOn").entity(String.class).isEqualTo("2021-08");
        evaluation("fumin-hotline-handling", "commissionedBy { name } scoreTableTitle")
                .path("evaluation.commissionedBy").valueIsNull()
                .path("evaluation.scoreTableTitle").entity(String.class).satisfies(title -> assertThat(title).contains("2024年度"));
    }

    @Test
    void indicatorsStartAtTheLevelOneRootsAndNestThreeLevels() {
        GraphQlTester.Response huainan = evaluation("huainan-12345-hotline", """
                indicators { id level name weight score
                  children { level name
                    children { level name code weight score notApplicable scoringRule definition comment
                               pointsDeducted statedScoreRate deductionReason deductions { points reason }
                               target { operator value unit text } actual { value unit text }
                               children { id } } } }""");

        huainan.path("evaluation.indicators[*].level").entityList(Integer.class).satisfies(levels ->
                assertThat(levels).isNotEmpty().containsOnly(1));
        huainan.path("evaluation.indicators[*].children[*].level").entityList(Integer.class)
                .satisfies(levels -> assertThat(levels).isNotEmpty().containsOnly(2));
        List<Map<String, Object>> leaves = huainan.path("evaluation.indicators[*].children[*].children[*]")
                .entityList(MAP).get();
        assertThat(leaves).extracting(leaf -> leaf.get("level")).containsOnly(3);
        assertThat(leaves).allSatisfy(leaf -> assertThat((List<?>) leaf.get("children")).isEmpty());
        Map<String, Object> connectionRate = leaves.stream()
                .filter(leaf -> "接通率".equals(leaf.get("name"))).findFirst().orElseThrow();
        assertThat(connectionRate).containsEntry("code", "CONNECTION_RATE")
                .containsEntry("weight", "15.00").containsEntry("score", "15.00")
                .containsEntry("target", Map.of("operator", "GTE", "value", "0.9", "unit", "%", "text", "≥90%"));
        assertThat((Map<String, Object>) connectionRate.get("actual")).containsEntry("value", "0.99");
        Map<String, Object> qualitative = leaves.stream()
                .filter(leaf -> "影响淮南高质量发展程度".equals(leaf.get("name"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) qualitative.get("target")).containsEntry("operator", null).containsEntry("text", "显著");
    }

    @Test
    void deductionsCarryTheirReasons() {
        List<Map<String, Object>> indicators = evaluation("jiangmen-administrative-centre-operations", """
                indicators { name weight score children { name children { name weight score deductionReason
                                                                         deductions { points reason } } } }""")
                .path("evaluation.indicators[*].children[*].children[*]").entityList(MAP).get();

        List<Map<String, Object>> deducted = indicators.stream()
                .filter(indicator -> !((List<?>) indicator.get("deductions")).isEmpty()).toList();
        assertThat(deducted).isNotEmpty()
                .allSatisfy(indicator -> assertThat((String) indicator.get("deductionReason")).isNotBlank());
        assertThat(deducted).filteredOn(indicator -> indicator.get("score") != null).isNotEmpty()
                .allSatisfy(indicator -> assertThat(new BigDecimal((String) indicator.get("score")))
                        .isLessThan(new BigDecimal((String) indicator.get("weight"))));
        assertThat(deducted).extracting(indicator -> indicator.get("deductionReason"))
                .contains("项目年中追减57.08万元，但未提供预算调整相关文件，得0分。");
        assertThat(indicators).filteredOn(indicator -> ((List<?>) indicator.get("deductions")).isEmpty())
                .extracting(indicator -> indicator.get("deductionReason")).containsOnlyNulls();
    }

    @Test
    void findingsAllOrByKind() {
        evaluation("jiangmen-administrative-centre-operations",
                "all: findings { id kind title body cause } problems: findings(kind: PROBLEM) { kind } "
                        + "recommendations: findings(kind: RECOMMENDATION) { kind }")
                .path("evaluation.all").entityList(Object.class).hasSize(13)
                .path("evaluation.problems[*].kind").entityList(String.class).hasSize(5).satisfies(values -> assertThat(values).containsOnly("PROBLEM"))
                .path("evaluation.recommendations").entityList(Object.class).hasSize(5);
        evaluation("huainan-12345-hotline", "findings(kind: PROBLEM) { id }")
                .path("evaluation.findings").entityList(Object.class).hasSize(0);
    }

    @Test
    void evaluationLeadsBackToItsProjectAndReport() {
        evaluation("fumin-hotline-handling", "project { key region { code } } report { key title }")
                .path("evaluation.project.key").entity(String.class).isEqualTo("fumin-hotline-handling")
                .path("evaluation.project.region.code").entity(String.class).isEqualTo("530124")
                .path("evaluation.report.key").entity(String.class).isEqualTo("fumin-2025-self");
    }

    @Test
    void unknownAndMalformedEvaluationIds() {
        graphQl.document("{ evaluation(id: \"99999999\") { id } }").execute().path("evaluation").valueIsNull();
        graphQl.document("{ evaluation(id: \"-3\") { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("id must be a positive integer id, was \"-3\"");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST").containsEntry("argument", "id");
                }));
    }

    @Test
    void catalogueNamesEveryCodeInBothLanguages() {
        List<Map<String, Object>> catalogue = graphQl.document(
                        "{ indicatorCatalogue { code nameEn nameZh valueKind description } }")
                .execute().path("indicatorCatalogue").entityList(MAP).get();

        assertThat(catalogue).hasSize(62);
        assertThat(catalogue).filteredOn(entry -> "CONNECTION_RATE".equals(entry.get("code")))
                .singleElement().satisfies(entry -> assertThat(entry)
                        .containsEntry("nameZh", "接通率").containsEntry("valueKind", "RATE"));
    }

    private Map<String, String> summary(String projectKey) {
        Map<String, Object> evaluation = evaluation(projectKey, "kind totalScore grade reportedGrade")
                .path("evaluation").entity(MAP).get();
        return Map.of("kind", String.valueOf(evaluation.get("kind")), "totalScore",
                String.valueOf(evaluation.get("totalScore")), "grade", String.valueOf(evaluation.get("grade")),
                "reportedGrade", String.valueOf(evaluation.get("reportedGrade")));
    }

    private GraphQlTester.Response evaluation(String projectKey, String selection) {
        String id = graphQl.document("query($id: ID!) { project(id: $id) { evaluations { id } } }")
                .variable("id", String.valueOf(seeds.idOf(projectKey)))
                .execute()
                .path("project.evaluations[0].id").entity(String.class).get();
        return graphQl.document("query($id: ID!) { evaluation(id: $id) { " + selection + " } }")
                .variable("id", id)
                .execute();
    }
}
