package org.hotlineperf.analytics;

import java.util.List;
import java.util.function.Function;

/**
 * A comparison as a table for download: a name (file and sheet), column headers and the cell values of each row.
 */
record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    /** A column: its header and how to read its value from a row. */
    record Column<R>(String header, Function<R, Object> value) {
    }

    static <R> ExportTable of(String name, List<Column<R>> columns, List<R> rows) {
        return new ExportTable(name, columns.stream().map(Column::header).toList(),
                rows.stream().map(row -> columns.stream().map(column -> column.value().apply(row)).toList()).toList());
    }
}
