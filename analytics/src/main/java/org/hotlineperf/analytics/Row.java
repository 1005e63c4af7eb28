package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The current row of a query's result, read by column label. Each label is found once per result: the DuckDB JDBC
 * driver looks a label up by comparing it, case-insensitively, with every column name on every access, which was
 * about a third of the Java time of a whole score comparison (33,394 rows and 133,575 groups). The labels are kept
 * interned, so that the literal labels of a mapper match by identity, without comparing characters, and the label
 * after the one read last is tried first.
 */
public final class Row {

    private final ResultSet result;
    private final String[] labels;
    /** The column after the one read last: mappers mostly read a row's columns in their order. */
    private int next;

    Row(ResultSet result) throws SQLException {
        this.result = result;
        ResultSetMetaData metaData = result.getMetaData();
        this.labels = new String[metaData.getColumnCount()];
        for (int column = 1; column <= labels.length; column++) {
            labels[column - 1] = metaData.getColumnLabel(column).intern();
        }
    }

    private int column(String label) throws SQLException {
        if (next < labels.length && labels[next] == label) {
            return ++next;
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                next = i + 1;
                return next;
            }
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                next = i + 1;
                return next;
            }
        }
        return result.findColumn(label);
    }

    public long getLong(String label) throws SQLException {
        return result.getLong(column(label));
    }

    public int getInt(String label) throws SQLException {
        return result.getInt(column(label));
    }

    /** An INTEGER column that may be NULL. */
    public Integer integer(String label) throws SQLException {
        int value = result.getInt(column(label));
        return result.wasNull() ? null : value;
    }

    /** Whether the column read last was NULL. */
    public boolean wasNull() throws SQLException {
        return result.wasNull();
    }

    public BigDecimal getBigDecimal(String label) throws SQLException {
        return result.getBigDecimal(column(label));
    }

    public String getString(String label) throws SQLException {
        return result.getString(column(label));
    }

    public boolean getBoolean(String label) throws SQLException {
        return result.getBoolean(column(label));
    }

    public Array getArray(String label) throws SQLException {
        return result.getArray(column(label));
    }

    public <T> T getObject(String label, Class<T> type) throws SQLException {
        return result.getObject(column(label), type);
    }

    /**
     * A text column that its query returns as UTF-8 bytes ({@code encode(column)}). The DuckDB JDBC driver turns
     * each VARCHAR value into a Java string through two calls back into the JVM, a BLOB with one copy; on results
     * of tens of thousands of rows that made most of the time of a comparison (docs/decisions.md).
     */
    public String text(String label) throws SQLException {
        byte[] utf8 = result.getBytes(column(label));
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }
}
