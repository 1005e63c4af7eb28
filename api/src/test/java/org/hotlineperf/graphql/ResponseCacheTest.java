package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.hotlineperf.db.Tables.PROJECT;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.stream.IntStream;
import org.hotlineperf.StatementCounter;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Kept answers of PostgreSQL reads: a repeated query costs one statement and gets the same answer, and any write
 * that commits (through the API, or straight to PostgreSQL by another process) is seen by the very next read.
 * Analytics queries, answers with errors and requests with {@code Cache-Control: no-cache} are always computed.
 */
@WriteTest
class ResponseCacheTest {

    private static final String PROJECT_NAME = "query($id: ID!) { project(id: $id) { name version } }";

    private static final String DASHBOARD = """
            query Dashboard($first: Int) { projects(first: $first) {
              pageInfo { endCursor hasNextPage }
              edges { node { id name region { code name parent { name } }
                budgetYears { fiscalYear finalBudget expenditure executionRate overrunRatio }
                latestEvaluation { totalScore grade } } } } }""";

    private static final String CREATE = """
            mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }""";

    private static final String UPDATE = """
            mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { name version } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TestTokens tokens;

    @Autowired
    StatementCounter statements;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DSLContext dsl;

    @Test
    void aRepeatedQueryIsAnsweredFromItsKeptAnswerWithOneStatement() {
        String first = dashboard(3);
        double hitsBefore = hits();

        // the fewest of three: a write of another test may still be syncing in the background
        int statementsOfARepeat = IntStream.range(0, 3)
                .map(attempt -> statements.count(() -> assertThat(dashboard(3)).isEqualTo(first))).min().orElseThrow();

        assertThat(statementsOfARepeat).isEqualTo(1);
        assertThat(hits()).isEqualTo(hitsBefore + 3);
        assertThat(dashboard(2)).as("other variables, another answer").isNotEqualTo(first);
    }

    @Test
    void aWriteThroughTheApiIsSeenByTheNextRead() {
        String id = created("response-cache-api-write", "北京市12345热线");
        assertThat(project(id)).containsEntry("name", "北京市12345热线").containsEntry("version", 1);
        assertThat(project(id)).containsEntry("name", "北京市12345热线").containsEntry("version", 1);

        admin().document(UPDATE).variable("input", Map.of("id", id, "version", 1, "name", "北京市12345热线（改名）"))
                .execute().path("updateProject.project.name").entity(String.class).isEqualTo("北京市12345热线（改名）");

        assertThat(project(id)).containsEntry("name", "北京市12345热线（改名）").containsEntry("version", 2);
    }

    @Test
    void aWriteOfAnotherProcessIsSeenByTheNextRead() {
        String id = created("response-cache-other-writer", "天津市12345热线");
        assertThat(project(id)).containsEntry("name", "天津市12345热线");
        assertThat(project(id)).containsEntry("name", "天津市12345热线");

        dsl.update(PROJECT).set(PROJECT.NAME, "天津市12345热线（另一进程改名）")
                .where(PROJECT.ID.eq(Long.valueOf(id))).execute();

        assertThat(project(id)).containsEntry("name", "天津市12345热线（另一进程改名）");
    }

    @Test
    void analyticsQueriesAreAlwaysComputed() {
        double hitsBefore = hits();
        double missesBefore = misses();

        for (int attempt = 0; attempt < 2; attempt++) {
            graphQl.document("{ analytics { upToDate } }").execute().path("analytics.upToDate").hasValue();
            graphQl.document("query { ...Stats } fragment Stats on Query { analytics { upToDate } }").execute()
                    .path("analytics.upToDate").hasValue();
        }

        assertThat(hits()).isEqualTo(hitsBefore);
        assertThat(misses()).isEqualTo(missesBefore);
    }

    @Test
    void answersWithErrorsAreNotKept() {
        double hitsBefore = hits();
        double missesBefore = misses();

        for (int attempt = 0; attempt < 2; attempt++) {
            graphQl.document("{ projects(first: 101) { totalCount } }").execute().errors()
                    .expect(error -> "PAGE_SIZE".equals(error.getExtensions().get("rule"))).verify();
        }

        assertThat(hits()).isEqualTo(hitsBefore);
        assertThat(misses()).isEqualTo(missesBefore + 2);
    }

    @Test
    void noCacheComputesTheAnswerAndKeepsNothing() {
        HttpGraphQlTester computing = graphQl.mutate().header("Cache-Control", "no-cache").build();
        String kept = dashboard(4);
        double hitsBefore = hits();

        int statementsComputed = statements.count(() -> assertThat(computing.document(DASHBOARD)
                .variable("first", 4).execute().returnResponse().toMap().toString()).isEqualTo(kept));

        assertThat(statementsComputed).as("the request's own statements").isGreaterThan(1);
        assertThat(hits()).isEqualTo(hitsBefore);
    }

    private String dashboard(int first) {
        return graphQl.document(DASHBOARD).variable("first", first).execute().returnResponse().toMap().toString();
    }

    private Map<String, Object> project(String id) {
        return graphQl.document(PROJECT_NAME).variable("id", id).execute().path("project").entity(MAP).get();
    }

    private String created(String key, String name) {
        return admin().document(CREATE).variable("input", Map.of("key", key, "name", name, "regionCode", "110000",
                        "periodStartYear", 2023, "periodEndYear", 2025, "attribute", "RECURRING",
                        "competentDepartment", "北京市政务服务管理局", "description", "项目概况"))
                .execute().path("createProject.project.id").entity(String.class).get();
    }

    private HttpGraphQlTester admin() {
        return tokens.as(TestTokens.ADMIN, graphQl);
    }

    private double hits() {
        return meters.counter("graphql.response.cache", "result", "hit").count();
    }

    private double misses() {
        return meters.counter("graphql.response.cache", "result", "miss").count();
    }
}
