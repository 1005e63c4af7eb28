package org.hotlineperf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotlineperf.db.Tables.REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * The importer against a real PostgreSQL: idempotent by report key, and a rejected document names every
 * problem by JSON path and writes nothing.
 */
@SpringBootTest
class ReportImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReportImportService importService;

    @Autowired
    DSLContext dsl;

    @Autowired
    TableCounts tables;

    @Test
    void importingASeedDocumentAgainChangesNothing() throws IOException {
        JsonNode document = seed("changde-2018-2020-third-party");
        Map<String, Integer> before = tables.snapshot();
        var stored = dsl.select(REPORT.ID, REPORT.CONTENT_HASH, REPORT.IMPORTED_AT).from(REPORT)
                .where(REPORT.REPORT_KEY.eq("changde-2018-2020-third-party")).fetchSingle();

        ImportResult result = TestTokens.asAdmin(() -> importService.importDocument(document));
        ImportResult reformatted = TestTokens.asAdmin(() ->
                importService.importDocument(document.toPrettyString()));

        assertThat(result.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(reformatted.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(result.reportId()).isEqualTo(stored.value1());
        assertThat(tables.snapshot()).isEqualTo(before);
        assertThat(dsl.select(REPORT.ID, REPORT.CONTENT_HASH, REPORT.IMPORTED_AT).from(REPORT)
                .where(REPORT.REPORT_KEY.eq("changde-2018-2020-third-party")).fetchSingle()).isEqualTo(stored);
    }

    @Test
    void aChangedDocumentReplacesTheReportWithTheSameKey() throws IOException {
        ObjectNode document = (ObjectNode) seed("fumin-2025-self");
        document.put("reportKey", "fumin-2025-self-replace-test");
        ImportResult first = TestTokens.asAdmin(() -> importService.importDocument(document));
        assertThat(first.outcome()).isEqualTo(ImportOutcome.IMPORTED);
        Map<String, Integer> afterFirst = tables.snapshot();

        ((ObjectNode) document.get("evaluation")).put("conclusion", "修订后的结论");
        ImportResult replaced = TestTokens.asAdmin(() -> importService.importDocument(document));

        assertThat(replaced.outcome()).isEqualTo(ImportOutcome.REPLACED);
        Map<String, Integer> afterReplacement = tables.snapshot();
        assertThat(afterReplacement.remove("audit_entry")).isEqualTo(afterFirst.remove("audit_entry") + 1);
        assertThat(afterReplacement).isEqualTo(afterFirst);
        assertThat(dsl.fetchCount(REPORT, REPORT.REPORT_KEY.eq("fumin-2025-self-replace-test"))).isEqualTo(1);
        dsl.deleteFrom(REPORT).where(REPORT.REPORT_KEY.eq("fumin-2025-self-replace-test")).execute();
    }

    @Test
    void missingRequiredFieldIsRejectedWithItsPath() throws IOException {
        assertRejected(document -> ((ObjectNode) document.get("project")).remove("regionCode"),
                new ImportProblem("$.project.regionCode", "required", null));
    }

    @Test
    void unknownEnumIsRejectedWithItsPath() throws IOException {
        assertRejected(document -> ((ObjectNode) document.get("evaluation")).put("kind", "PEER_REVIEW"),
                new ImportProblem("$.evaluation.kind", "enum", null));
    }

    @Test
    void nonNumericMoneyIsRejectedWithItsPath() throws IOException {
        assertRejected(document -> ((ObjectNode) document.get("fundFlows").get(0)).put("amount", "两万元"),
                new ImportProblem("$.fundFlows[0].amount", "pattern", null));
    }

    @Test
    void unknownRegionCodeIsRejectedWithItsPath() throws IOException {
        assertRejected(document -> ((ObjectNode) document.get("project")).put("regionCode", "539999"),
                new ImportProblem("$.project.regionCode", "knownRegion", "unknown GB/T 2260 region code 539999"));
    }

    @Test
    void nulCharacterAnywhereIsRejectedWithItsPathBeforeItReachesTheDatabase() throws IOException {
        assertRejected(document -> ((ObjectNode) document.get("evaluation").get("indicators").get(0))
                        .put("name", "项目\u0000决策"),
                new ImportProblem("$.evaluation.indicators[0].name", "noNulCharacter",
                        "must not contain the NUL character (U+0000)"));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        JsonNode document = freshDocument(root -> {
            ((ObjectNode) root.get("project")).put("regionCode", "539999");
            ((ObjectNode) root.get("operatingMetrics").get(0)).put("metric", "NO_SUCH_METRIC");
            ((ObjectNode) root.get("fundFlows").get(0)).put("fiscalYear", 2031);
            ((ArrayNode) root.get("fundFlows")).addObject().put("kind", "EXPENDITURE").put("amount", "-1.00");
            ((ObjectNode) root).put("moneyUnit", "YUAN");
            ((ObjectNode) root.get("fundFlows").get(0)).put("amount", "0.001");
        });
        Map<String, Integer> before = tables.snapshot();

        assertThatThrownBy(() -> TestTokens.asAdmin(() -> importService.importDocument(document)))
                .isInstanceOfSatisfying(ReportRejectedException.class, rejected ->
                        assertThat(rejected.problems()).extracting(ImportProblem::path, ImportProblem::rule)
                                .contains(
                                        org.assertj.core.groups.Tuple.tuple("$.project.regionCode", "knownRegion"),
                                        org.assertj.core.groups.Tuple.tuple("$.operatingMetrics[0].metric",
                                                "knownCatalogueCode"),
                                        org.assertj.core.groups.Tuple.tuple("$.fundFlows[0].fiscalYear",
                                                "withinProjectPeriod"),
                                        org.assertj.core.groups.Tuple.tuple("$.fundFlows[0].amount", "moneyScale"),
                                        org.assertj.core.groups.Tuple.tuple("$.fundFlows[2].amount", "nonNegative")));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejected() {
        assertThatThrownBy(() -> TestTokens.asAdmin(() -> importService.importDocument("{\"reportKey\": ")))
                .isInstanceOfSatisfying(ReportRejectedException.class, rejected ->
                        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.path()).isEqualTo("$");
                            assertThat(problem.rule()).isEqualTo("json");
                        }));
    }

    private void assertRejected(Consumer<JsonNode> breakIt, ImportProblem expected) throws IOException {
        JsonNode document = freshDocument(breakIt);
        Map<String, Integer> before = tables.snapshot();

        assertThatThrownBy(() -> TestTokens.asAdmin(() -> importService.importDocument(document)))
                .isInstanceOfSatisfying(ReportRejectedException.class, rejected -> {
                    assertThat(rejected.problems()).anySatisfy(problem -> {
                        assertThat(problem.path()).isEqualTo(expected.path());
                        assertThat(problem.rule()).isEqualTo(expected.rule());
                        if (expected.message() != null) {
                            assertThat(problem.message()).isEqualTo(expected.message());
                        }
                    });
                });
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    /** A seed document under a new report key, so that a wrongly accepted import would add rows. */
    private static JsonNode freshDocument(Consumer<JsonNode> change) throws IOException {
        ObjectNode document = (ObjectNode) seed("fumin-2025-self");
        document.put("reportKey", "rejected-document-test");
        change.accept(document);
        return document;
    }

    private static JsonNode seed(String name) throws IOException {
        return JSON.readTree(new ClassPathResource("dataset/seeds/" + name + ".json").getInputStream());
    }
}
