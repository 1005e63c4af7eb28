package org.hotlineperf.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells whether a request's operation reads PostgreSQL only: a query (not a mutation or subscription) that selects
 * no {@code analytics} field at its root, directly or through fragments. Everything such a query answers depends
 * on PostgreSQL's committed data and the request alone; the analytics store follows PostgreSQL asynchronously, so
 * its answers are not tied to a PostgreSQL snapshot. A document that does not parse is not a read (graphql-java
 * reports it). The answer is kept per document and operation name, bounded by the documents' length.
 */
final class PostgresReads {

    /** The root field whose answers come from the analytics store. */
    private static final String ANALYTICS = "analytics";
    private static final long MAX_DOCUMENT_CHARACTERS = 1_000_000;

    private final Cache<Operation, Boolean> decisions = Caffeine.newBuilder()
            .maximumWeight(MAX_DOCUMENT_CHARACTERS)
            .weigher((Operation operation, Boolean decision) -> operation.document().length())
            .build();

    private record Operation(String document, String name) {
    }

    boolean isPostgresRead(String document, String operationName) {
        return document != null && decisions.get(new Operation(document, operationName), PostgresReads::decide);
    }

    private static boolean decide(Operation operation) {
        Document document;
        try {
            document = Parser.parse(operation.document());
        } catch (InvalidSyntaxException unparsable) {
            return false;
        }
        OperationDefinition chosen = chosen(document, operation.name());
        if (chosen == null || chosen.getOperation() != OperationDefinition.Operation.QUERY) {
            return false;
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, second) -> first));
        return !selectsAnalytics(chosen.getSelectionSet(), fragments, new HashSet<>());
    }

    private static OperationDefinition chosen(Document document, String name) {
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? operations.getFirst() : null;
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
    }

    private static boolean selectsAnalytics(SelectionSet selections, Map<String, FragmentDefinition> fragments,
                                            Set<String> spread) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            boolean analytics = switch (selection) {
                case Field field -> ANALYTICS.equals(field.getName());
                case InlineFragment inline -> selectsAnalytics(inline.getSelectionSet(), fragments, spread);
                case FragmentSpread fragmentSpread -> {
                    FragmentDefinition fragment = fragments.get(fragmentSpread.getName());
                    yield fragment != null && spread.add(fragment.getName())
                            && selectsAnalytics(fragment.getSelectionSet(), fragments, spread);
                }
                default -> false;
            };
            if (analytics) {
                return true;
            }
        }
        return false;
    }
}
