package org.hotlineperf.analytics;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flag counts by region and fiscal year on the analytics store ({@code flag_counts.sql}), a page at a time, with the
 * same scope filter as the comparisons.
 */
public final class FlagCounts {

    private final AnalyticsStore store;

    public FlagCounts(AnalyticsStore store) {
        this.store = store;
    }

    /**
     * Up to {@code limit} rows after the row with key {@code afterRowKey} (null: from the first), in key order.
     *
     * @param code     only flags of this code, or null
     * @param severity only flags of this severity, or null
     */
    public List<FlagCount> page(ComparisonFilter filter, String code, String severity, Long afterRowKey, int limit) {
        return store.queryFile("flag_counts.sql", parameters(filter, code, severity, afterRowKey, limit),
                FlagCounts::row);
    }

    /** Every row, in key order: the whole filtered set, for a download. */
    public List<FlagCount> all(ComparisonFilter filter, String code, String severity) {
        return page(filter, code, severity, null, Integer.MAX_VALUE);
    }

    /** The number of rows over all pages. */
    public long rows(ComparisonFilter filter, String code, String severity) {
        return store.queryFile("flag_counts.sql", parameters(filter, code, severity, null, 1),
                        row -> row.getLong("total_rows"))
                .stream().findFirst().orElse(0L);
    }

    private static List<Object> parameters(ComparisonFilter filter, String code, String severity, Long after,
                                           int limit) {
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(code);
        parameters.add(severity);
        parameters.add(after);
        parameters.add(limit);
        return parameters;
    }

    private static FlagCount row(Row row) throws SQLException {
        Integer fiscalYear = row.integer("fiscal_year");
        Object[] codes = elements(row.getArray("codes"));
        Object[] counts = elements(row.getArray("code_flags"));
        List<FlagCount.CodeCount> byCode = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            byCode.add(new FlagCount.CodeCount((String) codes[i], ((Number) counts[i]).longValue()));
        }
        return new FlagCount(row.getLong("row_key"), row.getString("region_code"), row.getString("region_name"),
                fiscalYear, row.getLong("flags"), row.getLong("errors"), row.getLong("warnings"),
                row.getLong("infos"), row.getLong("projects"), row.getLong("evaluations"), List.copyOf(byCode));
    }

    private static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
