package org.hotlineperf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hotlineperf.db.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Test helper: the number of rows in every table of the application's schema, to show that a rejected write
 * changed nothing (the counts before and after are equal).
 */
@Component
public class TableCounts {

    private final DSLContext dsl;

    public TableCounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Integer> snapshot() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }
}
