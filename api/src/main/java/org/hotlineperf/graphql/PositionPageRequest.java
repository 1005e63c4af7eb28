package org.hotlineperf.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A validated page request of a list ordered by position instead of by id: the analytics comparisons, whose rows
 * are computed, ranked or sorted and have no id of their own. {@code first} follows {@link PageRequest} (0 to
 * {@value PageRequest#MAX_PAGE_SIZE}, default {@value PageRequest#DEFAULT_PAGE_SIZE}); the cursor is the row's
 * position in the list's order (1 for the first row), tagged with the list's name so that a cursor of one list is
 * refused by another. Positions are those of the list when each page is asked for: if the data changes between two
 * pages, the rows after a cursor shift by as many places as rows were added or removed before it.
 *
 * @param list          name of the list, part of its cursors
 * @param first         page size
 * @param afterPosition position after which the page starts; 0 for the first page
 */
public record PositionPageRequest(String list, int first, long afterPosition) {

    public static PositionPageRequest of(String list, Integer first, String after) {
        int size = PageRequest.pageSize(first);
        return new PositionPageRequest(list, size, after == null ? 0 : Cursors.decode(prefix(list), after));
    }

    /** How many rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }

    /** The page from the rows fetched with {@link #fetchSize()} from position {@code afterPosition + 1} on. */
    public <T> Connection<T> toConnection(List<T> rows, LongSupplier totalCount) {
        int size = Math.min(first, rows.size());
        List<Connection.Edge<T>> edges = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            edges.add(new Connection.Edge<>(Cursors.encode(prefix(list), afterPosition + index + 1), rows.get(index)));
        }
        return new Connection<>(edges, new Connection.PageInfo(rows.size() > first, afterPosition > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                totalCount);
    }

    private static String prefix(String list) {
        return "position:v1:" + list + ":";
    }
}
