package org.hotlineperf.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;

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
 * The project mutations over HTTP: creating and updating a project and recording and correcting its operating
 * figures; every validation rule rejecting the whole mutation with errors naming the field and nothing written;
 * a stale version refused with CONFLICT; and the audit trail of an update with the values before and after.
 */
@WriteTest
@SuppressWarnings("unchecked")
class ProjectMutationTest {

    private static final String CREATE = """
            mutation($input: CreateProjectInput!) { createProject(input: $input) {
              project { id key name version periodStartYear periodEndYear region { code }
                        competentDepartment { name } } } }""";

    private static final String UPDATE = """
            mutation($input: UpdateProjectInput!) { updateProject(input: $input) {
              project { id name version description competentDepartment { name } } } }""";

    private static final String RECORD_METRIC = """
            mutation($input: RecordOperatingMetricInput!) { recordOperatingMetric(input: $input) {
              operatingMetric { id metric label value periodStart periodEnd version } } }""";

    private static final String CORRECT_METRIC = """
            mutation($input: CorrectOperatingMetricInput!) { correctOperatingMetric(input: $input) {
              operatingMetric { id value unit version } } }""";

    private static final String AUDIT = """
            query($type: AuditEntityType!, $id: ID!) { auditTrail(entityType: $type, entityId: $id) {
              edges { node { action principal occurredAt before after } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TableCounts tables;

    @Autowired
    TestTokens tokens;

    @BeforeEach
    void authenticate() {
        graphQl = tokens.as(TestTokens.ADMIN, graphQl);
    }

    @Test
    void createsAProjectAndRecordsItsCreation() {
        Map<String, Object> project = create("mutation-create", "北京市12345热线运行维护", "110000");

        assertThat(project).containsEntry("key", "mutation-create").containsEntry("version", 1)
                .containsEntry("periodStartYear", 2023).containsEntry("periodEndYear", 2025);
        assertThat((Map<String, Object>) project.get("region")).containsEntry("code", "110000");
        assertThat((Map<String, Object>) project.get("competentDepartment")).containsEntry("name", "北京市政务服务管理局");
        List<Map<String, Object>> trail = auditTrail("PROJECT", (String) project.get("id"));
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "CREATE").containsEntry("before", null);
            assertThat((Map<String, Object>) entry.get("after")).containsEntry("project_key", "mutation-create");
        });
    }

    @Test
    void everyProblemOfANewProjectIsReportedAtOnceAndNothingIsWritten() {
        var before = tables.snapshot();

        List<ResponseError> errors = errors(CREATE, Map.of("key", "Not A Key", "name", " ", "regionCode", "999999",
                "periodStartYear", 2026, "periodEndYear", 2024));

        assertThat(MutationErrors.rules(errors)).containsExactlyInAnyOrder("input.key KEY_FORMAT", "input.name NOT_BLANK",
                        "input.regionCode KNOWN_REGION_CODE", "input.periodEndYear PERIOD_ORDER");
        assertThat(errors).allSatisfy(error ->
                assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST"));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aDuplicateKeyAFiscalYearOutOfRangeAMissingFieldAWrongTypeAndAnUnknownEnumAreRejected() {
        create("mutation-duplicate", "重复键项目", "440700");
        var before = tables.snapshot();

        assertThat(MutationErrors.rules(errors(CREATE, Map.of("key", "mutation-duplicate", "name", "另一个项目",
                "regionCode", "440700", "periodStartYear", 1900, "periodEndYear", 2020))))
                .containsExactlyInAnyOrder("input.key UNIQUE_KEY", "input.periodStartYear FISCAL_YEAR_RANGE");
        for (Map<String, Object> input : List.of(
                Map.<String, Object>of("key", "mutation-missing", "regionCode", "440700", "periodStartYear", 2020,
                        "periodEndYear", 2020),
                Map.<String, Object>of("key", "mutation-wrong-type", "name", "项目", "regionCode", "440700",
                        "periodStartYear", "twenty", "periodEndYear", 2020),
                Map.<String, Object>of("key", "mutation-enum", "name", "项目", "regionCode", "440700",
                        "periodStartYear", 2020, "periodEndYear", 2020, "attribute", "SOMETIMES"))) {
            assertThat(errors(CREATE, input)).isNotEmpty().allSatisfy(error -> {
                assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
                assertThat(error.getMessage()).contains("input");
            });
        }
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void anUpdateRaisesTheVersionAndIsAuditedWithBeforeAndAfter() {
        Map<String, Object> created = create("mutation-update", "江门市12345热线", "440700");
        String id = (String) created.get("id");

        Map<String, Object> updated = graphQl.document(UPDATE).variable("input", Map.of("id", id, "version", 1,
                        "name", "江门市12345政务服务热线", "competentDepartment", "江门市政务服务数据管理局"))
                .execute().path("updateProject.project").entity(MAP).get();

        assertThat(updated).containsEntry("name", "江门市12345政务服务热线").containsEntry("version", 2)
                .containsEntry("description", "项目概况");
        assertThat((Map<String, Object>) updated.get("competentDepartment"))
                .containsEntry("name", "江门市政务服务数据管理局");
        List<Map<String, Object>> trail = auditTrail("PROJECT", id);
        assertThat(trail).extracting(entry -> entry.get("action")).containsExactly("CREATE", "UPDATE");
        Map<String, Object> update = trail.get(1);
        assertThat((Map<String, Object>) update.get("before")).containsEntry("name", "江门市12345热线")
                .containsEntry("version", 1);
        assertThat((Map<String, Object>) update.get("after")).containsEntry("name", "江门市12345政务服务热线")
                .containsEntry("version", 2);
        assertThat((String) update.get("occurredAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsAConflictAndWritesNothing() {
        String id = (String) create("mutation-conflict", "常德市12345热线", "430700").get("id");
        graphQl.document(UPDATE).variable("input", Map.of("id", id, "version", 1, "name", "第一次修改"))
                .execute().path("updateProject.project.version").entity(Integer.class).isEqualTo(2);
        var before = tables.snapshot();

        List<ResponseError> errors = errors(UPDATE, Map.of("id", id, "version", 1, "name", "基于旧版本的修改"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "CONFLICT").containsEntry("currentVersion", 2);
            assertThat(error.getMessage()).contains("version 2");
        });
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThat(errors(UPDATE, Map.of("id", "987654321", "version", 1, "name", "无")))
                .singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
                                .containsEntry("argument", "input.id"));
    }

    @Test
    void recordsAndCorrectsAnOperatingFigureWithinTheProjectsPeriod() {
        String projectId = (String) create("mutation-metric", "淮南市12345热线", "340400").get("id");

        Map<String, Object> metric = graphQl.document(RECORD_METRIC).variable("input", Map.of("projectId", projectId,
                        "metric", "CALLS_ANSWERED", "label", "人工接听量", "periodStart", "2024-01-01",
                        "periodEnd", "2024-12-31", "value", "328010", "unit", "个"))
                .execute().path("recordOperatingMetric.operatingMetric").entity(MAP).get();
        assertThat(metric).containsEntry("value", "328010").containsEntry("version", 1);

        Map<String, Object> corrected = graphQl.document(CORRECT_METRIC).variable("input", Map.of(
                        "id", metric.get("id"), "version", 1, "value", "328011"))
                .execute().path("correctOperatingMetric.operatingMetric").entity(MAP).get();
        assertThat(corrected).containsEntry("value", "328011").containsEntry("unit", "个").containsEntry("version", 2);
    }

    @Test
    void anOperatingFigureBreakingTheRulesIsRejectedWholeAndNothingIsWritten() {
        String projectId = (String) create("mutation-metric-rejected", "富民县12345热线", "530124").get("id");
        var before = tables.snapshot();

        assertThat(MutationErrors.rules(errors(RECORD_METRIC, Map.of("projectId", projectId, "metric", "CALLS_GUESSED",
                "label", "接听量", "periodStart", "2019-01-01", "periodEnd", "2019-12-31", "value", "-5",
                "denominator", "1.1234567"))))
                .containsExactlyInAnyOrder("input.metric KNOWN_METRIC_CODE",
                        "input.periodStart FISCAL_YEAR_IN_PROJECT_PERIOD", "input.periodEnd FISCAL_YEAR_IN_PROJECT_PERIOD",
                        "input.value NON_NEGATIVE", "input.denominator DECIMAL_SCALE");
        assertThat(errors(RECORD_METRIC, Map.of("projectId", projectId, "metric", "CALLS_ANSWERED",
                "label", "接听量", "periodStart", "2024-01-01", "periodEnd", "2024-12-31", "value", "1.2.3")))
                .isNotEmpty().allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST"));
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    private Map<String, Object> create(String key, String name, String regionCode) {
        return graphQl.document(CREATE).variable("input", Map.of("key", key, "name", name, "regionCode", regionCode,
                        "periodStartYear", 2023, "periodEndYear", 2025, "attribute", "RECURRING",
                        "competentDepartment", "北京市政务服务管理局", "description", "项目概况"))
                .execute().path("createProject.project").entity(MAP).get();
    }

    private List<ResponseError> errors(String mutation, Map<String, Object> input) {
        return MutationErrors.of(graphQl, mutation, input);
    }

    private List<Map<String, Object>> auditTrail(String type, String id) {
        List<Map<String, Object>> edges = graphQl.document(AUDIT).variable("type", type).variable("id", id)
                .execute().path("auditTrail.edges").entityList(MAP).get();
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }
}
