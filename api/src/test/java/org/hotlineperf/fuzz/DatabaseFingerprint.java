package org.hotlineperf.fuzz;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.VARCHAR;

import java.util.Map;
import java.util.TreeMap;
import org.hotlineperf.db.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * What the application's tables hold, in a form that changes whenever any row is inserted, updated or deleted: per
 * table the row count and the newest {@code xmin} (the id of the transaction that wrote a row version). A rejected
 * request must leave it unchanged. Every table of the schema generated from the migrations is taken in, so a table
 * added later is checked without touching this class.
 */
final class DatabaseFingerprint {

    private static final Field<Long> NEWEST_WRITE =
            max(DSL.field(name("xmin")).cast(VARCHAR).cast(BIGINT)).as("newest_write");

    private DatabaseFingerprint() {
    }

    static Map<String, String> of(DSLContext dsl) {
        Select<Record3<String, Integer, Long>> union = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .<Select<Record3<String, Integer, Long>>>map(table -> dsl.select(inline(table.getName()).as("name"),
                        count().as("rows"), NEWEST_WRITE).from(table))
                .reduce(Select::unionAll)
                .orElseThrow();
        Map<String, String> fingerprint = new TreeMap<>();
        dsl.fetch(union).forEach(row -> fingerprint.put(row.value1(), row.value2() + " rows, newest write "
                + row.value3()));
        return fingerprint;
    }
}
