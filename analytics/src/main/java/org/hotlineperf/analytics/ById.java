package org.hotlineperf.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The rows of a result its query ordered by an id, found again by that id. The ids are kept once each in a
 * {@code long[]} and looked up by binary search: a whole score comparison finds the groups and the project of
 * 33,394 evaluations this way, which through maps keyed by boxed {@code Long} was a fifth of its Java time.
 */
final class ById<T> {

    private final long[] ids;
    private final int[] ends;
    private final List<T> values;

    private ById(long[] ids, int[] ends, List<T> values) {
        this.ids = ids;
        this.ends = ends;
        this.values = values;
    }

    /**
     * Takes the rows in their order, which must be ascending by {@code id} (rows with the same id next to each
     * other), and keeps {@code value} of each.
     */
    static <R, T> ById<T> of(List<R> rows, ToLongFunction<R> id, Function<R, T> value) {
        long[] ids = new long[rows.size()];
        int[] ends = new int[rows.size()];
        List<T> values = new ArrayList<>(rows.size());
        int count = 0;
        for (R row : rows) {
            long rowId = id.applyAsLong(row);
            if (count == 0 || rowId > ids[count - 1]) {
                ids[count++] = rowId;
            } else if (rowId < ids[count - 1]) {
                throw new IllegalArgumentException("Rows are not ordered by id: " + rowId + " after " + ids[count - 1]);
            }
            values.add(value.apply(row));
            ends[count - 1] = values.size();
        }
        return new ById<>(Arrays.copyOf(ids, count), Arrays.copyOf(ends, count), values);
    }

    /** The values of the rows with this id, in row order; empty if there are none. */
    List<T> all(long id) {
        int index = Arrays.binarySearch(ids, id);
        if (index < 0) {
            return List.of();
        }
        return Collections.unmodifiableList(values.subList(index == 0 ? 0 : ends[index - 1], ends[index]));
    }

    /** The value of the first row with this id, or null if there is none. */
    T first(long id) {
        int index = Arrays.binarySearch(ids, id);
        return index < 0 ? null : values.get(index == 0 ? 0 : ends[index - 1]);
    }
}
