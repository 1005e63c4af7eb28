package org.hotlineperf.analytics;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * The rows of one {@link Slice} of a comparison, in order (the first has position {@code after + 1}), and the
 * number of rows in the whole filtered set. The total comes with the rows from the same DuckDB query; it is queried
 * on its own only when the slice is empty and a caller asks for it.
 */
public record Page<T>(List<T> rows, LongSupplier totalCount) {
}
