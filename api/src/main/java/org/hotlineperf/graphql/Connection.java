package org.hotlineperf.graphql;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A page of a Relay cursor connection: edges with cursors, page info and the total over all pages. The total is
 * counted only when a client selects {@code totalCount}, since it costs a query of its own.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

    /** The items of the page without their cursors. */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /** The number of items over all pages. */
    public long totalCount() {
        return counter.getAsLong();
    }

    /** An item of the page with the cursor that points at it. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Where the page sits in the whole list. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
