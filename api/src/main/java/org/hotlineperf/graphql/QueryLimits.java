package org.hotlineperf.graphql;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Rejects a query before it runs when it nests too deeply or may return too many objects.
 *
 * <p>The cost is the number of objects the query may return, in the manner of GitHub's node limit: every
 * selected object field counts once per parent, a connection's {@code edges} count {@code first} (default
 * {@value PageRequest#DEFAULT_PAGE_SIZE}) times, and other lists count the {@code assumedSize} their
 * {@code @listSize} directive states ({@value #UNSIZED_LIST} without one). Scalars are free. Introspection
 * ({@code __schema}, {@code __type}) is exempt, so that tools such as GraphiQL can load the schema.
 *
 * <p>The check runs for every request where its document is handed to graphql-java ({@link ParsedDocumentCache}),
 * not as an instrumentation: beside Spring's observation instrumentation, a second one makes graphql-java chain
 * both around every field of every response (docs/decisions.md).
 */
@Component
class QueryLimits {

    static final int UNSIZED_LIST = 10;

    private final QueryLimitsProperties limits;
    private final ObjectProvider<GraphQlSource> graphQlSource;

    QueryLimits(QueryLimitsProperties limits, ObjectProvider<GraphQlSource> graphQlSource) {
        this.limits = limits;
        this.graphQlSource = graphQlSource;
    }

    /**
     * The document as it came, or the refusal when the operation the request names, with the request's variables,
     * is over a limit. A document that failed to parse or validate is returned unchanged, and so is one whose
     * operation or variables do not fit it: graphql-java refuses those itself before any field runs.
     */
    PreparsedDocumentEntry check(ExecutionInput input, PreparsedDocumentEntry document) {
        if (document.hasErrors()) {
            return document;
        }
        GraphQLSchema schema = graphQlSource.getObject().schema();
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema, document.getDocument(), input.getOperationName(), input.getRawVariables());
        } catch (AbortExecutionException tooLarge) {
            return new PreparsedDocumentEntry(tooLarge.toExecutionResult().getErrors());
        } catch (RuntimeException invalid) {
            if (invalid instanceof GraphQLError) {
                return document;
            }
            throw invalid;
        }
        int depth = 0;
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            if (!field.getName().startsWith("__")) {
                depth = Math.max(depth, depth(field));
                cost = saturatedAdd(cost, cost(schema, field, 1, null));
            }
        }
        if (depth > limits.maxDepth()) {
            return rejection("Query depth " + depth + " exceeds the limit of " + limits.maxDepth()
                    + "; select fewer nested levels", Map.of("limit", limits.maxDepth(), "depth", depth));
        }
        if (cost > limits.maxCost()) {
            return rejection("Query cost " + cost + " exceeds the limit of " + limits.maxCost()
                    + ": the query may return up to " + cost + " objects; request smaller pages (first)"
                    + " or fewer nested lists", Map.of("limit", limits.maxCost(), "cost", cost));
        }
        return document;
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = field.getLevel();
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }

    /**
     * Objects returned by the field and its subtree when its parent appears {@code parents} times;
     * {@code sizedByParent} is the page size a connection hands to its {@code edges}.
     */
    private static long cost(GraphQLSchema schema, ExecutableNormalizedField field, long parents,
                             Long sizedByParent) {
        if (!field.hasChildren()) {
            return 0;
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).getFirst();
        GraphQLAppliedDirective listSize = definition.getAppliedDirective("listSize");
        List<String> sizedFields = argument(listSize, "sizedFields");
        long size = listSize(definition, listSize, field);
        long own = sizedByParent != null ? sizedByParent : sizedFields == null ? size : 1;
        long count = saturatedMultiply(parents, own);
        long total = count;
        for (ExecutableNormalizedField child : field.getChildren()) {
            Long childSize = sizedFields != null && sizedFields.contains(child.getName()) ? size : null;
            total = saturatedAdd(total, cost(schema, child, count, childSize));
        }
        return total;
    }

    private static long listSize(GraphQLFieldDefinition definition, GraphQLAppliedDirective listSize,
                                 ExecutableNormalizedField field) {
        if (listSize == null) {
            return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType())) ? UNSIZED_LIST : 1;
        }
        List<String> slicingArguments = argument(listSize, "slicingArguments");
        if (slicingArguments != null) {
            return slicingArguments.stream()
                    .map(name -> field.getResolvedArguments().get(name))
                    .filter(Integer.class::isInstance)
                    .mapToLong(value -> Math.max(0, (Integer) value))
                    .findFirst()
                    .orElse(PageRequest.DEFAULT_PAGE_SIZE);
        }
        Integer assumedSize = argument(listSize, "assumedSize");
        return assumedSize == null ? UNSIZED_LIST : assumedSize;
    }

    private static <T> T argument(GraphQLAppliedDirective directive, String name) {
        return directive == null || directive.getArgument(name) == null ? null
                : directive.getArgument(name).getValue();
    }

    private static PreparsedDocumentEntry rejection(String message, Map<String, Object> figures) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.CODE, ErrorType.BAD_REQUEST.name());
        extensions.putAll(figures);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(extensions)
                .build();
        return new PreparsedDocumentEntry(error);
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
