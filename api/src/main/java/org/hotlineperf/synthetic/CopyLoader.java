package org.hotlineperf.synthetic;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Bulk-loads generated jOOQ records with PostgreSQL's {@code COPY ... FROM STDIN} through PgJDBC's
 * {@code CopyManager}, on the connection of the current transaction: millions of rows in one statement per
 * table and chunk, where row-by-row inserts would take minutes. jOOQ has no COPY statement, so the command is
 * put together from the table and column names jOOQ renders from the generated classes; the values never
 * enter the SQL text, they travel on the COPY stream in PostgreSQL's text format, sent in pieces while the
 * rest is encoded, so that Java and PostgreSQL work at the same time. For identity columns COPY
 * writes the ids given in the data, which is how a generated tree keeps its parent references.
 */
@Component
class CopyLoader {

    /** COPY text per write (128 K characters): few round trips, yet PostgreSQL starts storing early. */
    private static final int BATCH_CHARS = 1 << 17;

    private final DSLContext dsl;

    CopyLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Copies the records' values of {@code columns} into {@code table}; returns the number of rows. */
    <R extends Record> long copy(Table<R> table, List<Field<?>> columns, List<R> records) {
        if (records.isEmpty()) {
            return 0;
        }
        String command = "COPY " + dsl.render(table) + " ("
                + columns.stream().map(column -> dsl.render(DSL.name(column.getName()))).collect(joining(", "))
                + ") FROM STDIN";
        return dsl.connectionResult(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command);
            try {
                StringBuilder text = new StringBuilder(BATCH_CHARS + 4096);
                for (R record : records) {
                    appendRow(text, columns, record);
                    if (text.length() >= BATCH_CHARS) {
                        send(copy, text);
                    }
                }
                send(copy, text);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Sends what is encoded so far, so that PostgreSQL stores these rows while the next ones are encoded. */
    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static <R extends Record> void appendRow(StringBuilder text, List<Field<?>> columns, R record) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(text, record.get(columns.get(i)));
        }
        text.append('\n');
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the delimiter and line ends. */
    private static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case String string -> escape(text, string);
            case JSONB json -> escape(text, json.data());
            case Boolean bool -> text.append(bool ? 't' : 'f');
            case BigDecimal decimal -> text.append(decimal.toPlainString());
            default -> text.append(value);
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
