package org.hotlineperf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.PROJECT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hotlineperf.GraphQlTypes;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.security.Authorisation.Write;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who may write what, over HTTP with real tokens: every write operation (the ten mutations and a dry-run import)
 * for principals of every role, inside and outside their jurisdiction, on a copy of Fumin's report (county 530124,
 * under the prefecture 530100 and the province 530000; competent department 富民县信访局, implementing unit
 * 富民县12345热线办公室). An allowed write succeeds and the audit trail names the token's subject; a denied one
 * is UNAUTHORIZED (no token) or FORBIDDEN, names no internals, and leaves every table as it was. Then the
 * jurisdiction rules a write could slip past: moving a project out of the region or handing it to another
 * organisation, taking over a project or report of another region by key, and a service call without a principal.
 */
@WriteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    private static final String DEPARTMENT = "富民县信访局";
    private static final String UNIT = "富民县12345热线办公室";
    private static final String KEY = "authorisation-matrix";

    private static final Map<String, Actor> PRINCIPALS = principals();
    private static final Map<String, Map<Write, String>> EXPECTED = expected();

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TestTokens tokens;

    @Autowired
    TableCounts tables;

    @Autowired
    DSLContext dsl;

    @Autowired
    ReportImportService importService;

    private final AtomicInteger serial = new AtomicInteger();
    private long projectId;
    private long evaluationId;

    @BeforeAll
    void importACopyOfFumin() {
        TestTokens.asAdmin(() -> importService.importDocument(SeedDocuments.copyOf("fumin-2025-self.json", KEY)));
        projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(KEY)).fetchSingle(PROJECT.ID);
        evaluationId = dsl.select(EVALUATION.ID).from(EVALUATION).where(EVALUATION.PROJECT_ID.eq(projectId))
                .fetchSingle(EVALUATION.ID);
    }

    /** The writes under test: what each sends, and the kind of write it is. */
    enum Operation {
        CREATE_PROJECT(Write.PROJECT, "createProject", """
                mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }""",
                (test, n) -> Map.of("key", "matrix-project-" + n, "name", "富民县热线项目 " + n, "regionCode", "530124",
                        "periodStartYear", 2025, "periodEndYear", 2025, "competentDepartment", DEPARTMENT,
                        "implementingUnit", UNIT)),
        UPDATE_PROJECT(Write.PROJECT, "updateProject", """
                mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }""",
                (test, n) -> Map.of("id", String.valueOf(test.projectId), "version",
                        test.version(PROJECT, PROJECT.ID, PROJECT.VERSION, test.projectId), "description", "修订 " + n)),
        RECORD_FUND_FLOW(Write.FIGURES, "recordFundFlow", """
                mutation($input: RecordFundFlowInput!) { recordFundFlow(input: $input) { fundFlow { id } } }""",
                (test, n) -> Map.of("projectId", String.valueOf(test.projectId), "fiscalYear", 2025,
                        "kind", "EXPENDITURE", "amount", n + ".00")),
        CORRECT_FUND_FLOW(Write.FIGURES, "correctFundFlow", """
                mutation($input: CorrectFundFlowInput!) { correctFundFlow(input: $input) { fundFlow { id } } }""",
                (test, n) -> test.edit(FUND_FLOW, FUND_FLOW.ID, FUND_FLOW.VERSION, FUND_FLOW.PROJECT_ID.eq(test.projectId),
                        Map.of("description", "更正 " + n))),
        RECORD_OPERATING_METRIC(Write.FIGURES, "recordOperatingMetric", """
                mutation($input: RecordOperatingMetricInput!) { recordOperatingMetric(input: $input) {
                  operatingMetric { id } } }""",
                (test, n) -> Map.of("projectId", String.valueOf(test.projectId), "metric", "CALLS_RECEIVED",
                        "label", "来电 " + n, "periodStart", "2025-01-01", "periodEnd", "2025-01-31", "value", "10")),
        CORRECT_OPERATING_METRIC(Write.FIGURES, "correctOperatingMetric", """
                mutation($input: CorrectOperatingMetricInput!) { correctOperatingMetric(input: $input) {
                  operatingMetric { id } } }""",
                (test, n) -> test.edit(OPERATING_METRIC, OPERATING_METRIC.ID, OPERATING_METRIC.VERSION,
                        OPERATING_METRIC.PROJECT_ID.eq(test.projectId), Map.of("periodNote", "更正 " + n))),
        UPDATE_INDICATOR(Write.FIGURES, "updateIndicator", """
                mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { id } } }""",
                (test, n) -> test.edit(INDICATOR, INDICATOR.ID, INDICATOR.VERSION,
                        INDICATOR.EVALUATION_ID.eq(test.evaluationId), Map.of("comment", "复核 " + n))),
        ADD_FINDING(Write.FIGURES, "addFinding", """
                mutation($input: AddFindingInput!) { addFinding(input: $input) { finding { id } } }""",
                (test, n) -> Map.of("evaluationId", String.valueOf(test.evaluationId), "kind", "PROBLEM",
                        "body", "问题 " + n)),
        REMOVE_FINDING(Write.FIGURES, "removeFinding", """
                mutation($input: RemoveFindingInput!) { removeFinding(input: $input) { removedFindingId } }""",
                (test, n) -> Map.of("id", test.newFinding(n), "version", 1)),
        IMPORT_REPORT(Write.FIGURES, "importEvaluationReport", """
                mutation($document: JSON!) { importEvaluationReport(document: $document) { outcome } }""",
                (test, n) -> asMap(SeedDocuments.copyOf("fumin-2025-self.json", "matrix-import-" + n))),
        DRY_RUN_IMPORT(Write.FIGURES, "importEvaluationReport", """
                mutation($document: JSON!) { importEvaluationReport(document: $document, dryRun: true) { outcome } }""",
                (test, n) -> asMap(SeedDocuments.copyOf("fumin-2025-self.json", "matrix-dry-run-" + n)));

        private final Write write;
        private final String field;
        private final String document;
        private final BiFunction<AuthorisationMatrixTest, Integer, Object> variable;

        Operation(Write write, String field, String document,
                  BiFunction<AuthorisationMatrixTest, Integer, Object> variable) {
            this.write = write;
            this.field = field;
            this.document = document;
            this.variable = variable;
        }

        String variableName() {
            return document.contains("$input") ? "input" : "document";
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        PRINCIPALS.forEach((label, actor) -> {
            for (Operation operation : Operation.values()) {
                cases.add(Arguments.of(label, operation, EXPECTED.get(label).get(operation.write)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("matrix")
    void eachRoleMayMakeTheWritesOfItsJurisdictionOnly(String principal, Operation operation, String expected) {
        Actor actor = PRINCIPALS.get(principal);
        Object variable = operation.variable.apply(this, serial.incrementAndGet());
        var before = tables.snapshot();
        long lastAuditEntry = lastAuditEntry();

        GraphQlTester.Response response = tester(actor).document(operation.document)
                .variable(operation.variableName(), variable).execute();

        if (expected.equals("ALLOWED")) {
            response.errors().verify().path(operation.field).hasValue();
            if (operation == Operation.DRY_RUN_IMPORT) {
                response.path(operation.field + ".outcome").entity(String.class).isEqualTo("IMPORTED");
                assertThat(tables.snapshot()).isEqualTo(before);
            } else {
                assertThat(dsl.select(AUDIT_ENTRY.PRINCIPAL).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(lastAuditEntry))
                        .fetch(AUDIT_ENTRY.PRINCIPAL)).isNotEmpty().containsOnly(actor.name());
            }
        } else {
            assertDenied(response, operation.field, expected);
            assertThat(tables.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void financeCannotMoveAProjectOutOfItsRegionByImport() {
        ObjectNode moved = SeedDocuments.copyOf("fumin-2025-self.json", KEY);
        ((ObjectNode) moved.get("project")).put("regionCode", "440703");

        assertImportDenied(PRINCIPALS.get("finance of the province above"), moved);
    }

    @Test
    void financeCannotTakeOverAProjectOrAReportOfAnotherRegionByItsKey() {
        Actor jiangmen = PRINCIPALS.get("finance of another province's prefecture");
        ObjectNode sameProjectKey = SeedDocuments.copyOf("fumin-2025-self.json", "matrix-takeover");
        ((ObjectNode) sameProjectKey.get("project")).put("key", KEY).put("regionCode", "440703");
        ObjectNode sameReportKey = SeedDocuments.copyOf("fumin-2025-self.json", "matrix-takeover");
        ((ObjectNode) sameReportKey.put("reportKey", KEY).get("project")).put("regionCode", "440703");

        assertImportDenied(jiangmen, sameProjectKey);
        assertImportDenied(jiangmen, sameReportKey);
    }

    @Test
    void aDepartmentCannotHandItsProjectToAnotherOrganisation() {
        var before = tables.snapshot();

        GraphQlTester.Response response = tester(PRINCIPALS.get("department of the competent department"))
                .document(Operation.UPDATE_PROJECT.document)
                .variable("input", Map.of("id", String.valueOf(projectId), "version",
                        version(PROJECT, PROJECT.ID, PROJECT.VERSION, projectId), "competentDepartment", "昆明市财政局",
                        "implementingUnit", "昆明市12345热线办公室"))
                .execute();

        assertDenied(response, "updateProject", "FORBIDDEN");
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void theServicesThemselvesRefuseWorkWithoutAPrincipalOrWithTheWrongRole() {
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", "matrix-service-call");
        var before = tables.snapshot();

        assertThatThrownBy(() -> importService.importDocument(document))
                .isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> CurrentPrincipal.runAs(PRINCIPALS.get("viewer"),
                () -> importService.importDocument(document)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    private void assertImportDenied(Actor actor, ObjectNode document) {
        var before = tables.snapshot();
        for (boolean dryRun : List.of(true, false)) {
            GraphQlTester.Response response = tester(actor).document("""
                            mutation($document: JSON!, $dryRun: Boolean) {
                              importEvaluationReport(document: $document, dryRun: $dryRun) { outcome } }""")
                    .variable("document", asMap(document)).variable("dryRun", dryRun).execute();
            assertDenied(response, "importEvaluationReport", "FORBIDDEN");
        }
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    private static void assertDenied(GraphQlTester.Response response, String field, String code) {
        List<ResponseError> errors = new ArrayList<>();
        response.errors().satisfy(errors::addAll);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", code);
            assertThat(error.getPath()).isEqualTo(field);
            assertThat(error.getMessage()).isNotBlank()
                    .doesNotContain("Exception", "org.", "select", "SQL", "hotline_perf", "writes");
        });
        response.path(field).pathDoesNotExist();
    }

    private static Map<String, Object> asMap(ObjectNode document) {
        return new ObjectMapper().convertValue(document, GraphQlTypes.MAP);
    }

    private HttpGraphQlTester tester(Actor actor) {
        return actor == null ? graphQl : tokens.as(actor, graphQl);
    }

    private long lastAuditEntry() {
        Long last = dsl.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchSingle().value1();
        return last == null ? 0 : last;
    }

    private int version(Table<?> table, Field<Long> id, Field<Integer> version, long rowId) {
        return dsl.select(version).from(table).where(id.eq(rowId)).fetchSingle(version);
    }

    /** An edit of the first row the condition selects, at its current version. */
    private Map<String, Object> edit(Table<?> table, Field<Long> id, Field<Integer> version,
                                     org.jooq.Condition ofTheProject, Map<String, Object> change) {
        var row = dsl.select(id, version).from(table).where(ofTheProject).orderBy(id).limit(1).fetchSingle();
        Map<String, Object> input = new LinkedHashMap<>(change);
        input.put("id", String.valueOf(row.value1()));
        input.put("version", row.value2());
        return input;
    }

    /** A finding added by an administrator, for a removal to remove. */
    private String newFinding(int n) {
        return tokens.as(TestTokens.ADMIN, graphQl).document(Operation.ADD_FINDING.document)
                .variable("input", Map.of("evaluationId", String.valueOf(evaluationId), "kind", "PRACTICE",
                        "body", "将被删除 " + n))
                .execute().path("addFinding.finding.id").entity(String.class).get();
    }

    private static Map<String, Actor> principals() {
        Map<String, Actor> principals = new LinkedHashMap<>();
        principals.put("anonymous", null);
        principals.put("viewer", new Actor("matrix-viewer", Role.VIEWER, "530000", null));
        principals.put("department of the competent department", new Actor("matrix-department", Role.DEPARTMENT,
                null, DEPARTMENT));
        principals.put("department of the implementing unit", new Actor("matrix-unit", Role.DEPARTMENT, null, UNIT));
        principals.put("another department", new Actor("matrix-other-department", Role.DEPARTMENT, null,
                "常德市人民政府办公室"));
        principals.put("finance of the county", new Actor("matrix-finance-county", Role.FINANCE, "530124", null));
        principals.put("finance of the prefecture above", new Actor("matrix-finance-prefecture", Role.FINANCE,
                "530100", "昆明市财政局"));
        principals.put("finance of the province above", new Actor("matrix-finance-province", Role.FINANCE, "530000",
                "云南省财政厅"));
        principals.put("finance of a neighbouring county", new Actor("matrix-finance-neighbour", Role.FINANCE,
                "530102", null));
        principals.put("finance of another province's prefecture", new Actor("matrix-finance-jiangmen",
                Role.FINANCE, "440700", "江门市财政局"));
        principals.put("admin", new Actor("matrix-admin", Role.ADMIN, null, null));
        return principals;
    }

    private static Map<String, Map<Write, String>> expected() {
        Map<String, Map<Write, String>> expected = new LinkedHashMap<>();
        expected.put("anonymous", Map.of(Write.PROJECT, "UNAUTHORIZED", Write.FIGURES, "UNAUTHORIZED"));
        expected.put("viewer", Map.of(Write.PROJECT, "FORBIDDEN", Write.FIGURES, "FORBIDDEN"));
        expected.put("department of the competent department", Map.of(Write.PROJECT, "ALLOWED", Write.FIGURES,
                "FORBIDDEN"));
        expected.put("department of the implementing unit", Map.of(Write.PROJECT, "ALLOWED", Write.FIGURES,
                "FORBIDDEN"));
        expected.put("another department", Map.of(Write.PROJECT, "FORBIDDEN", Write.FIGURES, "FORBIDDEN"));
        for (String inside : List.of("finance of the county", "finance of the prefecture above",
                "finance of the province above")) {
            expected.put(inside, Map.of(Write.PROJECT, "FORBIDDEN", Write.FIGURES, "ALLOWED"));
        }
        for (String outside : List.of("finance of a neighbouring county", "finance of another province's prefecture")) {
            expected.put(outside, Map.of(Write.PROJECT, "FORBIDDEN", Write.FIGURES, "FORBIDDEN"));
        }
        expected.put("admin", Map.of(Write.PROJECT, "ALLOWED", Write.FIGURES, "ALLOWED"));
        return expected;
    }
}
