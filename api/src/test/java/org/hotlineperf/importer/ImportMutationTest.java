package org.hotlineperf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.hotlineperf.db.Tables.REPORT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code importEvaluationReport} over HTTP: import, unchanged re-import and replacement by key, with the audit
 * trail keeping the replaced document; a dry run that writes nothing; a rejected document reporting every problem
 * with its place in the document and writing nothing; two concurrent imports of one document ending with one
 * report; and an import failing half-way through its rows leaving nothing behind.
 */
@WriteTest
@SuppressWarnings("unchecked")
class ImportMutationTest {

    private static final String IMPORT = """
            mutation($document: JSON!, $dryRun: Boolean) {
              importEvaluationReport(document: $document, dryRun: $dryRun) {
                reportKey outcome dryRun report { id key title } } }""";

    private static final String AUDIT = """
            query($key: ID!) { auditTrail(entityType: REPORT, entityId: $key) {
              totalCount edges { node { action principal entityId before after } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    DSLContext dsl;

    @Autowired
    TableCounts tables;

    @Autowired
    TestTokens tokens;

    @BeforeEach
    void authenticate() {
        graphQl = tokens.as(TestTokens.ADMIN, graphQl);
    }

    @Test
    void importsThenFindsItUnchangedThenReplacesAChangedVersionKeepingTheOldInTheAuditTrail() {
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", "import-mutation-replace");

        Map<String, Object> first = importDocument(document, false);
        assertThat(first).containsEntry("outcome", "IMPORTED").containsEntry("dryRun", false);
        assertThat((Map<String, Object>) first.get("report")).containsEntry("key", "import-mutation-replace");
        assertThat(importDocument(document, false)).containsEntry("outcome", "UNCHANGED");

        document.put("title", "富民县热线办理工作经费绩效自评报告（更正版）");
        assertThat(importDocument(document, false)).containsEntry("outcome", "REPLACED");
        assertThat(dsl.fetchCount(REPORT, REPORT.REPORT_KEY.eq("import-mutation-replace"))).isEqualTo(1);

        Map<String, Object> trail = graphQl.document(AUDIT).variable("key", "import-mutation-replace").execute()
                .path("auditTrail").entity(MAP).get();
        assertThat(trail).containsEntry("totalCount", 2);
        List<Map<String, Object>> entries = nodes(trail);
        assertThat(entries).extracting(entry -> entry.get("action")).containsExactly("IMPORT", "REPLACE");
        assertThat(entries).extracting(entry -> entry.get("principal")).containsOnly(TestTokens.ADMIN.name());
        assertThat(entries.getFirst().get("before")).isNull();
        Map<String, Object> replaced = (Map<String, Object>) entries.get(1).get("before");
        Map<String, Object> replacedDocument = (Map<String, Object>) replaced.get("document");
        assertThat(replacedDocument).containsEntry("title", SeedDocuments.copyOf("fumin-2025-self.json", "x")
                .get("title").asText());
        assertThat((Map<String, Object>) entries.get(1).get("after"))
                .containsEntry("title", "富民县热线办理工作经费绩效自评报告（更正版）");
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndWritesNothing() {
        ObjectNode document = SeedDocuments.copyOf("changde-2018-2020-third-party.json", "import-mutation-dry-run");
        var before = tables.snapshot();

        Map<String, Object> payload = importDocument(document, true);

        assertThat(payload).containsEntry("outcome", "IMPORTED").containsEntry("dryRun", true)
                .containsEntry("report", null);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aRejectedDocumentReportsEveryProblemWithItsPlaceAndWritesNothing() {
        ObjectNode document = SeedDocuments.copyOf("jiangmen-2020-third-party.json", "import-mutation-rejected");
        ((ObjectNode) document.get("project")).remove("name");
        ArrayNode fundFlows = (ArrayNode) document.get("fundFlows");
        ((ObjectNode) fundFlows.get(0)).put("amount", "12,3");
        ((ObjectNode) fundFlows.get(1)).put("kind", "BUDGET_GUESS");
        var before = tables.snapshot();

        List<ResponseError> errors = new ArrayList<>();
        graphQl.document(IMPORT).variable("document", asMap(document)).execute()
                .errors().satisfy(errors::addAll);

        assertThat(errors).allSatisfy(error ->
                assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST"));
        assertThat(errors).extracting(error -> error.getExtensions().get("argument"))
                .containsExactlyInAnyOrder("document.project.name", "document.fundFlows[0].amount",
                        "document.fundFlows[1].kind");
        assertThat(errors).allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("Exception", "SQL"));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aDocumentNamingAnUnknownRegionIsRejectedAndWritesNothing() {
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", "import-mutation-unknown-region");
        ((ObjectNode) document.get("project")).put("regionCode", "999999");
        var before = tables.snapshot();

        List<ResponseError> errors = new ArrayList<>();
        graphQl.document(IMPORT).variable("document", asMap(document)).execute().errors().satisfy(errors::addAll);

        assertThat(errors).extracting(error -> error.getExtensions().get("argument"))
                .contains("document.project.regionCode");
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void twoConcurrentImportsOfOneDocumentEndWithExactlyOneReport() throws Exception {
        ObjectNode document = SeedDocuments.copyOf("huainan-2024-self.json", "import-mutation-concurrent");
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Object> importOnce = () -> {
            start.await();
            return importDocument(document, false).get("outcome");
        };
        List<Object> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> results = List.of(pool.submit(importOnce), pool.submit(importOnce));
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
        }

        assertThat(outcomes).containsExactlyInAnyOrder("IMPORTED", "UNCHANGED");
        assertThat(dsl.fetchCount(REPORT, REPORT.REPORT_KEY.eq("import-mutation-concurrent"))).isEqualTo(1);
    }

    @Test
    void anImportFailingHalfWayThroughItsRowsLeavesNothingBehind() {
        ObjectNode document = SeedDocuments.copyOf("changde-2018-2020-third-party.json", "import-mutation-fault");
        var before = tables.snapshot();
        dsl.execute("""
                CREATE FUNCTION fail_on_finding() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'simulated failure while writing findings'; END; $$""");
        dsl.execute("CREATE TRIGGER fail_on_finding BEFORE INSERT ON finding FOR EACH ROW "
                + "EXECUTE FUNCTION fail_on_finding()");
        List<ResponseError> errors = new ArrayList<>();
        try {
            graphQl.document(IMPORT).variable("document", asMap(document)).execute().errors().satisfy(errors::addAll);
        } finally {
            dsl.execute("DROP TRIGGER fail_on_finding ON finding");
            dsl.execute("DROP FUNCTION fail_on_finding()");
        }

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
            assertThat(error.getMessage()).doesNotContain("simulated", "finding", "SQL");
        });
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    private Map<String, Object> importDocument(ObjectNode document, boolean dryRun) {
        return graphQl.document(IMPORT).variable("document", asMap(document)).variable("dryRun", dryRun).execute()
                .path("importEvaluationReport").entity(MAP).get();
    }

    private static Map<String, Object> asMap(ObjectNode document) {
        return new ObjectMapper().convertValue(document, MAP);
    }

    private static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return ((List<Map<String, Object>>) connection.get("edges")).stream()
                .map(edge -> (Map<String, Object>) edge.get("node"))
                .toList();
    }
}
