package org.hotlineperf.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Batch loading for list fields that take an argument (e.g. {@code fundFlows(fiscalYear:)}), which
 * {@code @BatchMapping} cannot express: keys are (parent id, argument), and one query runs per distinct
 * argument value in the request, never per parent.
 */
public final class ArgumentBatchLoaders {

    private ArgumentBatchLoaders() {
    }

    /** The key of one parent's list under one argument value (the argument may be null). */
    public record Key<A>(long parentId, A argument) {
    }

    /**
     * Registers a loader under {@code name}; {@code query} returns the lists of many parents for one argument
     * value, keyed by parent id, and may leave out parents without items.
     */
    public static <A, V> void register(BatchLoaderRegistry registry, String name,
                                       BiFunction<Collection<Long>, A, Map<Long, List<V>>> query) {
        registry.<Key<A>, List<V>>forName(name)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys, query)));
    }

    /** Loads the list of one parent under one argument value through the loader registered as {@code name}. */
    public static <A, V> CompletableFuture<List<V>> load(DataFetchingEnvironment environment, String name,
                                                         long parentId, A argument) {
        return environment.<Key<A>, List<V>>getDataLoader(name).load(new Key<>(parentId, argument));
    }

    private static <A, V> Map<Key<A>, List<V>> load(Set<Key<A>> keys,
                                                    BiFunction<Collection<Long>, A, Map<Long, List<V>>> query) {
        Map<A, Set<Long>> parentsByArgument = new HashMap<>();
        keys.forEach(key -> parentsByArgument.computeIfAbsent(key.argument(), argument -> new HashSet<>())
                .add(key.parentId()));
        Map<Key<A>, List<V>> result = new HashMap<>();
        parentsByArgument.forEach((argument, parentIds) -> {
            Map<Long, List<V>> lists = query.apply(parentIds, argument);
            parentIds.forEach(id -> result.put(new Key<>(id, argument), lists.getOrDefault(id, List.of())));
        });
        return result;
    }
}
