package org.hotlineperf.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The error codes clients see in {@code extensions.code}: BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, FORBIDDEN,
 * CONFLICT, UNAVAILABLE, INTERNAL_ERROR. Every error of a response carries one, whether it comes from our code or
 * from the GraphQL engine (syntax, validation and variable-coercion errors are BAD_REQUEST).
 */
final class ErrorCodes {

    static final String CODE = "code";

    private ErrorCodes() {
    }

    static String codeOf(ErrorClassification classification) {
        if (classification instanceof ErrorType springType) {
            return springType.name();
        }
        if (classification instanceof graphql.ErrorType engineType) {
            return switch (engineType) {
                case InvalidSyntax, ValidationError, OperationNotSupported, ExecutionAborted -> "BAD_REQUEST";
                case DataFetchingException, NullValueInNonNullableField -> "INTERNAL_ERROR";
            };
        }
        if (classification == null) {
            return "INTERNAL_ERROR";
        }
        // graphql-java's refusal of an introspection query that asks the same field over and over
        return classification.toString().equals("BadFaithIntrospection") ? "BAD_REQUEST" : classification.toString();
    }

    /** The error with {@code extensions.code} set from its classification, unless it already has a code. */
    static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
        if (extensions.containsKey(CODE)) {
            return error;
        }
        Map<String, Object> withCode = new LinkedHashMap<>(extensions);
        withCode.put(CODE, codeOf(error.getErrorType()));
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(withCode)
                .build();
    }
}
