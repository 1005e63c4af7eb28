package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The tables of the store during a load: bulk appenders (DuckDB's appender, not row-by-row inserts) and deletes
 * by project for incremental updates.
 */
public final class Tables {

    /** The tables that hold rows of one project, in the order a project's rows are replaced. */
    static final List<String> PROJECT_TABLES = List.of("indicator_deduction", "indicator", "project_component",
            "fund_flow", "operating_metric", "evaluation", "project", "consistency_flag");

    private final DuckDBConnection connection;
    private final AnalyticsStore store;

    Tables(DuckDBConnection connection, AnalyticsStore store) {
        this.connection = connection;
        this.store = store;
    }

    /** An appender for {@code table}; close it (try-with-resources) to flush. */
    public Appender appender(String table) throws SQLException {
        return new Appender(connection.createAppender(table));
    }

    /** Removes every row of the given projects, before their current rows are appended again. */
    public void deleteProjects(List<Long> projectIds) throws SQLException {
        for (String table : PROJECT_TABLES) {
            String column = table.equals("project") ? "id" : "project_id";
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + column + " = ANY(?)")) {
                delete.setObject(1, connection.createArrayOf("BIGINT", projectIds.toArray()));
                delete.executeUpdate();
            }
        }
    }

    void executeScript(String sqlFile) throws SQLException {
        store.executeScript(sqlFile);
    }

    /** Appends rows to one table, each value converted to the matching DuckDB type; null appends NULL. */
    public static final class Appender implements AutoCloseable {

        private final DuckDBAppender appender;

        private Appender(DuckDBAppender appender) {
            this.appender = appender;
        }

        public void row(Object... values) throws SQLException {
            appender.beginRow();
            for (Object value : values) {
                append(value);
            }
            appender.endRow();
        }

        private void append(Object value) throws SQLException {
            switch (value) {
                case null -> appender.appendNull();
                case Long number -> appender.append(number);
                case Integer number -> appender.append(number);
                case Short number -> appender.append(number.intValue());
                case BigDecimal number -> appender.append(number);
                case Boolean flag -> appender.append(flag);
                case String text -> appender.append(text);
                case LocalDate date -> appender.append(date);
                default -> throw new IllegalArgumentException("Cannot append " + value.getClass());
            }
        }

        /**
         * Appends every row of {@code rows}, each column read as the type the result set declares, so that no
         * value is boxed or converted on the way (a full load moves a few million rows this way).
         */
        public void rows(ResultSet rows) throws SQLException {
            ResultSetMetaData columns = rows.getMetaData();
            int[] types = new int[columns.getColumnCount()];
            for (int column = 0; column < types.length; column++) {
                types[column] = columns.getColumnType(column + 1);
            }
            while (rows.next()) {
                appender.beginRow();
                for (int column = 1; column <= types.length; column++) {
                    appendColumn(rows, column, types[column - 1]);
                }
                appender.endRow();
            }
        }

        private void appendColumn(ResultSet rows, int column, int type) throws SQLException {
            switch (type) {
                case Types.BIGINT -> {
                    long number = rows.getLong(column);
                    if (rows.wasNull()) {
                        appender.appendNull();
                    } else {
                        appender.append(number);
                    }
                }
                case Types.INTEGER, Types.SMALLINT -> {
                    int number = rows.getInt(column);
                    if (rows.wasNull()) {
                        appender.appendNull();
                    } else {
                        appender.append(number);
                    }
                }
                case Types.NUMERIC, Types.DECIMAL -> append(rows.getBigDecimal(column));
                case Types.BOOLEAN, Types.BIT -> append(rows.getObject(column, Boolean.class));
                case Types.DATE -> append(rows.getObject(column, LocalDate.class));
                default -> append(rows.getString(column));
            }
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }
}
