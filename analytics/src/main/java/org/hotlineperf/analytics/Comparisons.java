package org.hotlineperf.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The comparisons across projects and years, each one {@code .sql} file run on the analytics store.
 */
public final class Comparisons {

    private final AnalyticsStore store;

    public Comparisons(AnalyticsStore store) {
        this.store = store;
    }

    public List<BudgetExecution> budgetExecution(ComparisonFilter filter) {
        return store.queryFile("budget_execution.sql", filter.parameters(), row -> new BudgetExecution(
                row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                row.getString("region_code"), row.getString("region_name"), integer(row, "fiscal_year"),
                row.getBigDecimal("initial_budget"), row.getBigDecimal("adjustment_total"),
                row.getBigDecimal("funds_received"), row.getBigDecimal("expenditure"),
                row.getBigDecimal("charged_to_other_funds")));
    }

    public List<UnitCost> unitCosts(ComparisonFilter filter) {
        return store.queryFile("unit_costs.sql", filter.parameters(), row -> new UnitCost(
                row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                row.getString("region_code"), row.getString("region_name"), row.getInt("fiscal_year"),
                row.getBigDecimal("expenditure"), row.getBoolean("hotline_component_only"),
                row.getBigDecimal("calls_answered"), row.getBigDecimal("tickets")));
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
