package org.hotlineperf.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A validated page request of a cursor connection: {@code first} (0 to {@value #MAX_PAGE_SIZE}, default
 * {@value #DEFAULT_PAGE_SIZE}) and the id after which the page starts. Items are ordered by id; the cursor is
 * the id, encoded so that clients treat it as opaque.
 */
public record PageRequest(int first, Long afterId) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private static final String CURSOR_PREFIX = "cursor:v1:";

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(pageSize(first), after == null ? null : Cursors.decode(CURSOR_PREFIX, after));
    }

    /** {@code first}, checked: 0 to {@value #MAX_PAGE_SIZE}, {@value #DEFAULT_PAGE_SIZE} when not given. */
    static int pageSize(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", "PAGE_SIZE",
                    "first must be between 0 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return size;
    }

    /** How many rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }

    /** The page from rows fetched with {@link #fetchSize()}, ordered by id. */
    public <T> Connection<T> toConnection(List<T> rows, ToLongFunction<T> id, LongSupplier totalCount) {
        List<T> page = rows.subList(0, Math.min(first, rows.size()));
        List<Connection.Edge<T>> edges = page.stream()
                .map(node -> new Connection.Edge<>(Cursors.encode(CURSOR_PREFIX, id.applyAsLong(node)), node))
                .toList();
        Function<Integer, String> cursorAt = index -> edges.isEmpty() ? null : edges.get(index).cursor();
        return new Connection<>(edges, new Connection.PageInfo(rows.size() > first, afterId != null,
                cursorAt.apply(0), cursorAt.apply(edges.size() - 1)), totalCount);
    }
}
