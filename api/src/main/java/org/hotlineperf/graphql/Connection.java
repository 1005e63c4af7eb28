package org.hotlineperf.graphql;

import java.util.List;

/**
 * A page of a Relay cursor connection: edges with cursors, page info and the total over all pages.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    /** An item of the page with the cursor that points at it. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Where the page sits in the whole list. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
