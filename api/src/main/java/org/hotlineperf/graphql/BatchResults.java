package org.hotlineperf.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lines up the results of a batch query (keyed by id) with the parents a {@code @BatchMapping} was given, as the
 * DataLoader contract requires: one result per parent, in the parents' order.
 */
public final class BatchResults {

    private BatchResults() {
    }

    /** One list per parent; a parent absent from {@code byId} gets an empty list. */
    public static <P, K, V> List<List<V>> lists(List<P> parents, Function<P, K> id, Map<K, List<V>> byId) {
        return parents.stream().map(parent -> byId.getOrDefault(id.apply(parent), List.of())).toList();
    }

    /** One value per parent; a parent whose id is null or absent from {@code byId} gets null. */
    public static <P, K, V> List<V> values(List<P> parents, Function<P, K> id, Map<K, V> byId) {
        return parents.stream().map(id).map(key -> key == null ? null : byId.get(key)).toList();
    }
}
