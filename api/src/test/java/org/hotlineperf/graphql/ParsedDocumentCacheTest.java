package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A query document is parsed and validated once and kept ({@link ParsedDocumentCache}); what depends on the request
 * still applies to every request: its variables, and the cost limit computed from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ParsedDocumentCacheTest {

    private static final String PAGE = """
            query Page($first: Int) { projects(first: $first) {
              edges { node { evaluations { indicators { children { children { name } } } } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aKeptDocumentRunsWithEachRequestsOwnVariables() {
        String query = "query Region($code: String) { projects(filter: { regionCode: $code }) { totalCount } }";

        graphQl.document(query).variable("code", "430000").execute().path("projects.totalCount").entity(Integer.class)
                .isEqualTo(1);
        graphQl.document(query).variable("code", "530000").execute().path("projects.totalCount").entity(Integer.class)
                .isEqualTo(1);
        graphQl.document(query).variable("code", "100000").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")));
        graphQl.document(query).execute().path("projects.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void theCostLimitIsComputedForEveryRequestOfAKeptDocument() {
        graphQl.document(PAGE).variable("first", 50).execute().path("projects.edges").entityList(Object.class)
                .hasSize(4);
        graphQl.document(PAGE).variable("first", 100).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).startsWith("Query cost 25701 exceeds the limit of 20000")));
        graphQl.document(PAGE).variable("first", 50).execute().path("projects.edges").entityList(Object.class)
                .hasSize(4);
    }

    @Test
    void anInvalidDocumentIsRefusedEveryTime() {
        for (int attempt = 0; attempt < 2; attempt++) {
            graphQl.document("{ projects { noSuchField } }").execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getMessage()).contains("noSuchField");
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
                    }));
        }
    }
}
