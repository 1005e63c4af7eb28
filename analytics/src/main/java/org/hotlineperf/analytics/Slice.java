package org.hotlineperf.analytics;

/**
 * Which rows of a comparison to read, by position in the comparison's order (1 is the first row): those after
 * {@code after}, at most {@code limit} of them, or all of them when {@code limit} is null ({@link #ALL}, for the
 * downloads). Ranks and other figures over the filtered set are computed over the whole set, never the slice.
 */
public record Slice(long after, Integer limit) {

    public static final Slice ALL = new Slice(0, null);

    public Slice {
        if (after < 0 || (limit != null && limit < 0)) {
            throw new IllegalArgumentException("A slice starts at a position >= 0 and holds >= 0 rows");
        }
    }

    /** Whether the slice is the whole comparison. */
    public boolean isWhole() {
        return after == 0 && limit == null;
    }
}
