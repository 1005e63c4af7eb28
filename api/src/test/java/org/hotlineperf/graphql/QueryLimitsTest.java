package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Query depth and cost limits (defaults 12 and 20,000): a query over either is refused before it runs, with an
 * error stating the limit and the computed value; introspection and ordinary dashboard queries pass. The limits are
 * those of the operation the request names, with its variables, and they are not an instrumentation of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class QueryLimitsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void tooDeepQueryIsRefusedWithTheLimitAndTheDepth() {
        String deep = "{ regions { children { children { parent { parent { children { children { parent { parent"
                + " { children { children { parent { code } } } } } } } } } } } } }";

        graphQl.document(deep).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Query depth 13 exceeds the limit of 12; select fewer"
                            + " nested levels");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("limit", 12).containsEntry("depth", 13);
                }));
    }

    @Test
    void tooCostlyQueryIsRefusedWithTheLimitAndTheCost() {
        // projects 1 + edges 100 + nodes 100 + evaluations 300 + indicators 1200 + children 4800
        // + grandchildren 19200 + deductions 57600 = 83301 objects
        String costly = "{ projects(first: 100) { edges { node { evaluations { indicators { children { children"
                + " { deductions { reason } } } } } } } } }";

        graphQl.document(costly).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getMessage()).startsWith("Query cost 83301 exceeds the limit of 20000");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("limit", 20000).containsEntry("cost", 83301);
                }));
    }

    @Test
    void costGrowsWithTheRequestedPageSize() {
        // 1 + 100 edges + 100 nodes + 300 evaluations + 1200 indicators + 4800 children + 19200 grandchildren
        String tree = "evaluations { indicators { children { children { name } } } }";

        graphQl.document("{ projects(first: 50) { edges { node { " + tree + " } } } }").execute()
                .path("projects.edges").entityList(Object.class).hasSize(4);
        graphQl.document("{ projects(first: 100) { edges { node { " + tree + " } } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).startsWith("Query cost 25701 exceeds the limit of 20000")));
    }

    @Test
    void introspectionIsExemptSoThatToolsCanLoadTheSchema() {
        graphQl.document("""
                { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name
                  ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } } }""")
                .execute()
                .path("__schema.types").entityList(Object.class).satisfies(types -> assertThat(types).isNotEmpty());
    }

    @Test
    void theLimitsApplyToTheOperationTheRequestNames() {
        String tree = "evaluations { indicators { children { children { name } } } }";
        String twoOperations = "query Small { projects(first: 50) { edges { node { " + tree + " } } } }"
                + " query Large { projects(first: 100) { edges { node { " + tree + " } } } }";

        graphQl.document(twoOperations).operationName("Small").execute()
                .path("projects.edges").entityList(Object.class).hasSize(4);
        graphQl.document(twoOperations).operationName("Large").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).startsWith("Query cost 25701 exceeds the limit of 20000")));
    }

    @Test
    void aPageSizeFromAVariablesDefaultCounts() {
        String tree = "evaluations { indicators { children { children { name } } } }";

        graphQl.document("query Page($first: Int = 100) { projects(first: $first) { edges { node { " + tree
                        + " } } } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).startsWith("Query cost 25701 exceeds the limit of 20000")));
    }

    @Test
    void anUnknownOperationOrVariablesThatDoNotFitAreRefusedAsBadRequests() {
        String query = "query Page($first: Int) { projects(first: $first) { totalCount } }";

        graphQl.document(query).operationName("Other").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
        graphQl.document(query).variable("first", "many").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("first");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
                }));
    }

    @Test
    void graphQlJavaRunsOneInstrumentationNotAChain() {
        assertThat(graphQlSource.graphQl().getInstrumentation())
                .as("a second instrumentation makes graphql-java chain both around every field")
                .isNotInstanceOf(ChainedInstrumentation.class);
    }
}
