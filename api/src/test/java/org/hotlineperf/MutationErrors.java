package org.hotlineperf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Test helper: the errors of a mutation sent with an {@code input} variable, and their argument paths and rules.
 */
public final class MutationErrors {

    private MutationErrors() {
    }

    public static List<ResponseError> of(GraphQlTester graphQl, String mutation, Map<String, Object> input) {
        List<ResponseError> errors = new ArrayList<>();
        graphQl.document(mutation).variable("input", input).execute().errors().satisfy(errors::addAll);
        return errors;
    }

    /** Each error as "argument RULE", e.g. "input.amount NON_NEGATIVE_AMOUNT". */
    public static List<String> rules(List<ResponseError> errors) {
        return errors.stream()
                .map(error -> error.getExtensions().get("argument") + " " + error.getExtensions().get("rule"))
                .toList();
    }
}
