package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.IntStream;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.StatementCounter;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ReportImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * No N+1: a nested query runs the same number of SQL statements for one project as for fifty. Runs in a schema of
 * its own, filled with the seed reports plus 60 copies of the Changde report, so that a page of fifty projects
 * is full and every nested list has items. The cost limit is raised: this test is about statements, not cost, and
 * every answer is computed ({@code Cache-Control: no-cache}), not taken from the response cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=statement_count",
        "spring.flyway.default-schema=statement_count",
        "spring.datasource.hikari.schema=statement_count",
        "hotline-perf.graphql.max-cost=100000"})
@AutoConfigureHttpGraphQlTester
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final int COPIES = 60;

    private static final String NESTED = """
            query Nested($first: Int) {
              projects(first: $first) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { node {
                  name region { name parent { name } } competentDepartment { name }
                  components { key }
                  budgetYears { fiscalYear finalBudget expenditure executionRate }
                  fundFlows(fiscalYear: 2019) { amount }
                  all: fundFlows { amount documentMissing }
                  flags { code evidence { name value } project { key } evaluation { kind } indicator { name } }
                  contracts { operator { name } payments { amount } }
                  goalDeclarations { targets { name } }
                  latestEvaluation { totalScore grade }
                  evaluations {
                    evaluator { name }
                    indicators { name ruleScore { source lowest }
                                 children { name children { name deductionReason structuredScoringRule { kind }
                                                            ruleScore { lowest highest } } } }
                    flags { code severity }
                    findings(kind: PROBLEM) { body }
                    report { key sections { heading } reportedFigures { value } }
                  }
                  operatingMetrics(fiscalYear: 2020) { metric value }
                  reports { key }
                } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @Autowired
    ReportImportService importService;

    @BeforeAll
    void importCopiesOfTheChangdeReport() {
        for (int copy = 1; copy <= COPIES; copy++) {
            ObjectNode document = SeedDocuments.copyOf("changde-2018-2020-third-party.json",
                    "statement-count-" + copy);
            TestTokens.asAdmin(() -> importService.importDocument(document));
        }
    }

    @Test
    void statementCountDoesNotGrowWithPageSize() {
        int forOne = statementsFor(1, 1);
        int forFifty = statementsFor(50, 50);

        assertThat(forOne).isPositive().isEqualTo(forFifty);
    }

    @Test
    void statementCountDoesNotGrowWithTheNextPage() {
        int firstPage = statementsFor(20, 20);
        int sameAgain = statementsFor(20, 20);

        assertThat(firstPage).isEqualTo(sameAgain);
    }

    /**
     * The fewest statements of three identical requests. Under load the DataLoader dispatcher now and then splits
     * one batch in two (one extra statement); a per-parent query would add one statement per project every time.
     */
    private int statementsFor(int first, int expectedProjects) {
        return IntStream.range(0, 3).map(attempt -> statementsOfOneRequest(first, expectedProjects)).min().orElseThrow();
    }

    private int statementsOfOneRequest(int first, int expectedProjects) {
        HttpGraphQlTester largeResponses = graphQl.mutate().header("Cache-Control", "no-cache")
                .webTestClient(client -> client.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 << 20)))
                .build();
        return statements.count(() -> largeResponses.document(NESTED).variable("first", first).execute()
                .path("projects.edges").entityList(Object.class).hasSize(expectedProjects)
                .path("projects.edges[*].node.evaluations[*].indicators[*].children[*].children[*]")
                .entityList(Object.class).satisfies(leaves -> assertThat(leaves).isNotEmpty()));
    }
}
