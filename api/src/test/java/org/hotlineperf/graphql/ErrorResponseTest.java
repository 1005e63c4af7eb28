package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Error responses: every error carries {@code extensions.code}; an unexpected failure becomes INTERNAL_ERROR
 * with a reference and no exception text or SQL; engine errors (syntax, validation, coercion) are BAD_REQUEST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ErrorResponseTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void databaseFailureIsAnInternalErrorWithoutSqlOrExceptionText() {
        ResponseError error = singleError("{ failingQuery }");

        assertThat(error.getMessage()).matches("Internal error; reference [0-9a-f-]{36}");
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR")
                .containsEntry("reference", error.getMessage().substring("Internal error; reference ".length()));
        assertThat(error.toString()).doesNotContainIgnoringCase("secret_internal_table")
                .doesNotContainIgnoringCase("select")
                .doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("org.");
    }

    @Test
    void syntaxErrorIsABadRequest() {
        ResponseError error = singleError("{ projects { totalCount ");

        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
    }

    @Test
    void unknownFieldIsABadRequestNamingTheField() {
        ResponseError error = singleError("{ projects { totalCount budget } }");

        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST");
        assertThat(error.getMessage()).contains("budget");
    }

    @Test
    void wrongArgumentTypeAndUnknownEnumAreBadRequests() {
        assertThat(singleError("{ projects(first: \"ten\") { totalCount } }").getExtensions())
                .containsEntry("code", "BAD_REQUEST");
        assertThat(singleError("{ evaluation(id: \"1\") { findings(kind: GOSSIP) { id } } }").getExtensions())
                .containsEntry("code", "BAD_REQUEST");
    }

    @Test
    void hugeIntegerIsABadRequest() {
        assertThat(singleError("{ projects(first: 99999999999999999999) { totalCount } }").getExtensions())
                .containsEntry("code", "BAD_REQUEST");
    }

    private ResponseError singleError(String document) {
        List<ResponseError> collected = new java.util.ArrayList<>();
        graphQl.document(document).execute().errors().satisfy(collected::addAll);
        assertThat(collected).hasSize(1);
        return collected.getFirst();
    }
}
