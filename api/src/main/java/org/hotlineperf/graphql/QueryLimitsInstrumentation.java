package org.hotlineperf.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Rejects a query before it runs when it nests too deeply or may return too many objects.
 *
 * <p>The cost is the number of objects the query may return, in the manner of GitHub's node limit: every
 * selected object field counts once per parent, a connection's {@code edges} count {@code first} (default
 * {@value PageRequest#DEFAULT_PAGE_SIZE}) times, and other lists count the {@code assumedSize} their
 * {@code @listSize} directive states ({@value #UNSIZED_LIST} without one). Scalars are free. Introspection
 * ({@code __schema}, {@code __type}) is exempt, so that tools such as GraphiQL can load the schema.
 */
@Component
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

    static final int UNSIZED_LIST = 10;

    private final QueryLimitsProperties limits;

    QueryLimitsInstrumentation(QueryLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        GraphQLSchema schema = context.getGraphQLSchema();
        int depth = 0;
        long cost = 0;
        for (ExecutableNormalizedField field : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            if (!field.getName().startsWith("__")) {
                depth = Math.max(depth, depth(field));
                cost = saturatedAdd(cost, cost(schema, field, 1, null));
            }
        }
        if (depth > limits.maxDepth()) {
            throw rejection("Query depth " + depth + " exceeds the limit of " + limits.maxDepth()
                    + "; select fewer nested levels", Map.of("limit", limits.maxDepth(), "depth", depth));
        }
        if (cost > limits.maxCost()) {
            throw rejection("Query cost " + cost + " exceeds the limit of " + limits.maxCost()
                    + ": the query may return up to " + cost + " objects; request smaller pages (first)"
                    + " or fewer nested lists", Map.of("limit", limits.maxCost(), "cost", cost));
        }
        return super.beginExecuteOperation(parameters, state);
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

    private static AbortExecutionException rejection(String message, Map<String, Object> figures) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.CODE, ErrorType.BAD_REQUEST.name());
        extensions.putAll(figures);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(extensions)
                .build();
        return new AbortExecutionException(List.of(error));
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
