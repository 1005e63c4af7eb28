package org.hotlineperf.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hotlineperf.GraphQlTypes.MAP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.SeedProjects;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ImportProblem;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.importer.ReportRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Structured scoring rules through the import format and the API: Fumin's rules are stored as data in stored form
 * (rates as fractions), the rule applied to each Huainan indicator and the score it gives, and documents whose rule
 * or document statement is wrong are refused with the path and rule of each problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ScoringRuleImportTest {

    private static final String TREE = """
            query($id: ID!) { project(id: $id) { evaluations { indicators { name children { name children {
              name structuredScoringRule { kind threshold inclusive unit step pointsPerStep weightSharePerStep
                                           zeroBelow zeroInclusive stepCounting summaryZh }
              ruleScore { source lowest highest rule { kind } } } } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SeedProjects seeds;

    @Autowired
    ReportImportService importService;

    @Test
    void fuminsPrintedRulesAreStoredAsData() {
        List<Map<String, Object>> leaves = leaves("fumin-hotline-handling").stream()
                .filter(leaf -> leaf.get("structuredScoringRule") != null).toList();

        assertThat(leaves).extracting(leaf -> leaf.get("name"), leaf -> rule(leaf).get("kind"),
                        leaf -> rule(leaf).get("threshold"), leaf -> rule(leaf).get("inclusive"),
                        leaf -> rule(leaf).get("step"), leaf -> rule(leaf).get("pointsPerStep"))
                .containsExactly(
                        tuple("资金到位率", "THRESHOLD_STEP", "0.9", false, "0.05", "0.5"),
                        tuple("到位及时率", "THRESHOLD_STEP", "0.9", false, "0.05", "1"),
                        tuple("预算执行率", "BUDGET_EXECUTION", "0.95", true, "0.01", null),
                        tuple("服务对象满意度", "THRESHOLD_STEP", "0.9", false, "0.01", "0.3"));
        assertThat(rule(leaves.get(2))).containsEntry("zeroBelow", "0.6").containsEntry("zeroInclusive", true)
                .containsEntry("weightSharePerStep", "0.01").containsEntry("stepCounting", null)
                .containsEntry("summaryZh", "预算执行率95%及以上得满分，每低1个百分点扣权重的1%，60%及以下不得分");
        assertThat(rule(leaves.getFirst())).containsEntry("unit", "%")
                .containsEntry("summaryZh", "90%以上（不含）得满分，每低5个百分点扣0.5分，扣完为止");
        assertThat(leaves).allSatisfy(leaf -> assertThat(ruleScore(leaf))
                .containsEntry("source", "INDICATOR").containsEntry("lowest", null));
    }

    @Test
    void huainansIndicatorsAreScoredByTheCatalogueDefaultOrProportionally() {
        List<Map<String, Object>> leaves = leaves("huainan-12345-hotline").stream()
                .filter(leaf -> leaf.get("ruleScore") != null).toList();

        assertThat(leaves).extracting(leaf -> leaf.get("name"), leaf -> ruleScore(leaf).get("source"),
                        leaf -> ruleScore(leaf).get("lowest"), leaf -> ruleScore(leaf).get("highest"))
                .containsExactly(tuple("接通率", "PROPORTIONAL_DEFAULT", "15", "15"),
                        tuple("问题解决率", "PROPORTIONAL_DEFAULT", "15", "15"),
                        tuple("按时办结率", "PROPORTIONAL_DEFAULT", "10", "10"),
                        tuple("成本支出总量", "PROPORTIONAL_DEFAULT", "10", "10"),
                        tuple("群众和社会满意率", "PROPORTIONAL_DEFAULT", "10", "10"));
        graphQl.document("query($id: ID!) { project(id: $id) { evaluations { indicators { name ruleScore { source "
                        + "lowest rule { kind } } } } } }")
                .variable("id", String.valueOf(seeds.idOf("huainan-12345-hotline")))
                .execute()
                .path("project.evaluations[0].indicators[0].ruleScore.source").entity(String.class).isEqualTo("CATALOGUE")
                .path("project.evaluations[0].indicators[0].ruleScore.rule.kind").entity(String.class)
                .isEqualTo("BUDGET_EXECUTION")
                .path("project.evaluations[0].indicators[0].ruleScore.lowest").entity(String.class).isEqualTo("10");
    }

    @Test
    void aRuleThatCannotHoldIsRefusedWithItsPath() {
        rejected(document -> rule(document, "资金到位率").put("step", "0"),
                "$.evaluation.indicators[0].children[1].children[0].structuredScoringRule", "scoringRule");
        rejected(document -> rule(document, "资金到位率").put("zeroBelow", "60"),
                "$.evaluation.indicators[0].children[1].children[0].structuredScoringRule.zeroBelow", "false");
        rejected(document -> rule(document, "资金到位率").put("kind", "PROPORTIONAL"),
                "$.evaluation.indicators[0].children[1].children[0].structuredScoringRule.threshold", "false");
        rejected(document -> {
            ObjectNode rule = rule(document, "资金到位率");
            rule.removeAll();
            rule.put("kind", "PROPORTIONAL");
        }, "$.evaluation.indicators[0].children[1].children[0].structuredScoringRule.kind", "proportionalNeedsTarget");
        rejected(document -> {
            ObjectNode rule = rule(document, "经济效益");
            rule.put("kind", "QUALITATIVE_BANDS");
            rule.putArray("bands").addObject().put("actual", "达成").put("scoreRate", "120");
        }, "$.evaluation.indicators[3].children[0].children[0].structuredScoringRule.bands[0].scoreRate", "atMost100");
    }

    @Test
    void aDocumentCannotBeBothMissingAndCited() {
        rejected(document -> ((ObjectNode) document.get("fundFlows").get(0)).put("documentMissing", true),
                "$.fundFlows[0].documentMissing", "documentMissingWithoutReference");
    }

    private void rejected(Consumer<JsonNode> breakIt, String path, String rule) {
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", "scoring-rule-rejected-test");
        breakIt.accept(document);

        assertThatThrownBy(() -> TestTokens.asAdmin(() -> importService.importDocument(document)))
                .isInstanceOfSatisfying(ReportRejectedException.class, rejection ->
                        assertThat(rejection.problems()).extracting(ImportProblem::path, ImportProblem::rule)
                                .contains(tuple(path, rule)));
    }

    /** The structured rule of a Fumin indicator, created where there is none yet. */
    private static ObjectNode rule(JsonNode document, String name) {
        for (JsonNode level1 : document.get("evaluation").get("indicators")) {
            for (JsonNode level2 : level1.get("children")) {
                for (JsonNode level3 : level2.get("children")) {
                    if (level3.get("name").asText().equals(name)) {
                        return level3.has("structuredScoringRule") ? (ObjectNode) level3.get("structuredScoringRule")
                                : ((ObjectNode) level3).putObject("structuredScoringRule");
                    }
                }
            }
        }
        throw new IllegalArgumentException("no indicator " + name);
    }

    private List<Map<String, Object>> leaves(String projectKey) {
        return graphQl.document(TREE).variable("id", String.valueOf(seeds.idOf(projectKey))).execute()
                .path("project.evaluations[0].indicators[*].children[*].children[*]").entityList(MAP).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rule(Map<String, Object> leaf) {
        return (Map<String, Object>) leaf.get("structuredScoringRule");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ruleScore(Map<String, Object> leaf) {
        return (Map<String, Object>) leaf.get("ruleScore");
    }
}
