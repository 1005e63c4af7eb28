package org.hotlineperf.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lines up the results of a batch query (keyed by id) with the parents a {@code @BatchMapping} was given, as the
 * DataLoader contract requires: one list per parent in the parents' order, or a value per parent by parent.
 */
public final class BatchResults {

    private BatchResults() {
    }

    /** One list per parent; a parent absent from {@code byId} gets an empty list. */
    public static <P, K, V> List<List<V>> lists(List<P> parents, Function<P, K> id, Map<K, List<V>> byId) {
        return parents.stream().map(parent -> byId.getOrDefault(id.apply(parent), List.of())).toList();
    }

    /**
     * The value of each parent that has one; a parent whose id is null or absent from {@code byId} is left out
     * and resolves to null (a list result may not hold nulls).
     */
    public static <P, K, V> Map<P, V> values(List<P> parents, Function<P, K> id, Map<K, V> byId) {
        Map<P, V> values = new HashMap<>();
        parents.forEach(parent -> {
            K key = id.apply(parent);
            if (key != null && byId.containsKey(key)) {
                values.put(parent, byId.get(key));
            }
        });
        return values;
    }
}
