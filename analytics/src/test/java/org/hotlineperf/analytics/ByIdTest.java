package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows ordered by an id are found again by it: all of an id's rows in order, the first, or none. */
class ByIdTest {

    private record Line(long id, String value) {
    }

    private static final List<Line> LINES = List.of(new Line(3, "a"), new Line(3, "b"), new Line(7, "c"),
            new Line(12, "d"), new Line(12, "e"), new Line(12, "f"));

    @Test
    void theRowsOfAnIdAreFoundInTheirOrder() {
        ById<String> byId = ById.of(LINES, Line::id, Line::value);

        assertThat(byId.all(3)).containsExactly("a", "b");
        assertThat(byId.all(7)).containsExactly("c");
        assertThat(byId.all(12)).containsExactly("d", "e", "f");
        assertThat(byId.first(12)).isEqualTo("d");
    }

    @Test
    void anIdWithoutRowsHasNone() {
        ById<String> byId = ById.of(LINES, Line::id, Line::value);

        for (long absent : new long[] {0, 5, 8, 13, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertThat(byId.all(absent)).isEmpty();
            assertThat(byId.first(absent)).isNull();
        }
        assertThat(ById.of(List.<Line>of(), Line::id, Line::value).all(3)).isEmpty();
    }

    @Test
    void sparseIdsAreFoundAsDenseOnesAre() {
        List<Line> sparse = List.of(new Line(-5, "a"), new Line(1_000, "b"), new Line(1_000, "c"),
                new Line(5_000_000_000L, "d"));
        ById<String> byId = ById.of(sparse, Line::id, Line::value);

        assertThat(byId.all(-5)).containsExactly("a");
        assertThat(byId.all(1_000)).containsExactly("b", "c");
        assertThat(byId.first(5_000_000_000L)).isEqualTo("d");
        for (long absent : new long[] {-6, 0, 999, 1_001, 5_000_000_001L, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertThat(byId.all(absent)).isEmpty();
            assertThat(byId.first(absent)).isNull();
        }
    }

    @Test
    void rowsInAnyOrderAreOrderedByIdThenByTheirPlace() {
        ById<String> dense = unordered(new Line(12, "e"), new Line(3, "a"), new Line(12, "d"), new Line(7, "c"),
                new Line(12, "f"), new Line(3, "b"), new Line(12, "e2"));
        ById<String> sparse = unordered(new Line(9_000_000_000L, "y"), new Line(-4, "x"),
                new Line(9_000_000_000L, "w"));

        assertThat(dense.all(3)).containsExactly("a", "b");
        assertThat(dense.all(7)).containsExactly("c");
        assertThat(dense.all(12)).containsExactly("d", "e", "e2", "f");
        assertThat(dense.all(8)).isEmpty();
        assertThat(sparse.all(9_000_000_000L)).containsExactly("w", "y");
        assertThat(sparse.all(-4)).containsExactly("x");
        assertThat(new ById.Unordered<String>().ordered().all(3)).isEmpty();
    }

    @Test
    void manyRowsInReverseOrderComeOutInOrder() {
        ById.Unordered<String> rows = new ById.Unordered<>();
        for (int id = 3_000; id >= 1; id--) {
            for (int place = 3; place >= 1; place--) {
                rows.add(id, place, id + "." + place);
            }
        }
        ById<String> byId = rows.ordered();

        for (int id = 1; id <= 3_000; id++) {
            assertThat(byId.all(id)).containsExactly(id + ".1", id + ".2", id + ".3");
        }
    }

    /** The lines in the given order, each placed by the first letter of its value. */
    private static ById<String> unordered(Line... lines) {
        ById.Unordered<String> rows = new ById.Unordered<>();
        for (Line line : lines) {
            rows.add(line.id(), line.value().charAt(0), line.value());
        }
        return rows.ordered();
    }

    @Test
    void theRowsOfAnIdCannotBeChanged() {
        List<String> rows = ById.of(LINES, Line::id, Line::value).all(12);

        assertThatThrownBy(() -> rows.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rowsOutOfIdOrderAreRefused() {
        List<Line> unordered = List.of(new Line(3, "a"), new Line(7, "b"), new Line(3, "c"));

        assertThatThrownBy(() -> ById.of(unordered, Line::id, Line::value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not ordered by id");
    }
}
