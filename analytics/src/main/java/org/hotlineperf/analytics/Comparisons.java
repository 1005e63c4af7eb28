package org.hotlineperf.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

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

    /** Evaluations ranked by total score, each with its level-1 groups. */
    public List<ScoreComparison> scoreComparison(ComparisonFilter filter) {
        Map<Long, List<ScoreComparison.Group>> groups = store.queryFile("score_groups.sql", filter.parameters(),
                        row -> new ScoreComparison.Group(row.getLong("evaluation_id"), row.getString("name"),
                                row.getBigDecimal("weight"), row.getBigDecimal("score")))
                .stream()
                .collect(Collectors.groupingBy(ScoreComparison.Group::evaluationId));
        return store.queryFile("score_comparison.sql", filter.parameters(), row -> new ScoreComparison(
                        row.getLong("evaluation_id"), row.getString("kind"), row.getInt("period_start_year"),
                        row.getInt("period_end_year"), row.getBigDecimal("total_weight"),
                        row.getBigDecimal("total_score"), row.getString("grade"), integer(row, "score_rank"),
                        row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                        row.getString("region_code"), row.getString("region_name"), List.of()))
                .stream()
                .map(evaluation -> evaluation.withGroups(groups.getOrDefault(evaluation.evaluationId(), List.of())))
                .toList();
    }

    /** Whether the code is a region the store knows (the GB/T 2260 list, copied from PostgreSQL). */
    public boolean isKnownRegion(String code) {
        return !store.queryFile("known_region.sql", List.of(code), row -> row.getString(1)).isEmpty();
    }

    /** Whether the code is one of the indicator catalogue the store knows. */
    public boolean isCatalogueCode(String code) {
        return !store.queryFile("known_catalogue_code.sql", List.of(code), row -> row.getString(1)).isEmpty();
    }

    /** Deductions grouped by level-1 / level-2 group, most frequent first. */
    public List<DeductionGroup> deductions(ComparisonFilter filter) {
        return store.queryFile("deductions.sql", filter.parameters(), row -> new DeductionGroup(
                row.getString("level1_group"), row.getString("level2_group"), row.getLong("deductions"),
                row.getLong("evaluations"), row.getBigDecimal("points_stated"),
                row.getLong("deductions_without_points")));
    }

    /** One catalogue indicator across the evaluations in scope. */
    public List<IndicatorComparison> indicatorComparison(String catalogueCode, ComparisonFilter filter) {
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(catalogueCode);
        return store.queryFile("indicator_comparison.sql", parameters, row -> new IndicatorComparison(
                row.getLong("indicator_id"), row.getString("indicator_name"), row.getInt("level"),
                row.getString("target_operator"), row.getBigDecimal("target_value"), row.getString("target_unit"),
                row.getString("target_text"), row.getBigDecimal("actual_value"), row.getString("actual_text"),
                row.getBigDecimal("weight"), row.getBigDecimal("score"), row.getLong("evaluation_id"),
                row.getString("kind"), row.getInt("period_start_year"), row.getInt("period_end_year"),
                row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                row.getString("region_code"), row.getString("region_name")));
    }

    /**
     * A measure by region (the projects' own regions) and fiscal year, with the year-on-year change; built from
     * the per-project rows of the other comparisons so that every measure keeps its one definition.
     */
    public List<TrendPoint> trend(TrendMeasure measure, ComparisonFilter filter) {
        Map<RegionYear, Aggregate> values = switch (measure.source()) {
            case BUDGET -> aggregate(budgetExecution(filter).stream().filter(row -> row.fiscalYear() != null)
                    .toList(), row -> new RegionYear(row.regionCode(), row.regionName(), row.fiscalYear()),
                    BudgetExecution::projectId, measure::ofBudgets);
            case UNIT_COST -> aggregate(unitCosts(filter),
                    row -> new RegionYear(row.regionCode(), row.regionName(), row.fiscalYear()),
                    UnitCost::projectId, measure::ofUnitCosts);
            case SCORE -> aggregate(scoreComparison(filter),
                    row -> new RegionYear(row.regionCode(), row.regionName(), row.periodEndYear()),
                    ScoreComparison::projectId,
                    rows -> TrendMeasure.average(rows.stream().map(ScoreComparison::totalScore).toList()));
        };
        return values.entrySet().stream()
                .map(entry -> {
                    RegionYear key = entry.getKey();
                    RegionYear previous = new RegionYear(key.code(), key.name(), key.year() - 1);
                    Aggregate before = values.get(previous);
                    return new TrendPoint(key.code(), key.name(), key.year(), entry.getValue().projects(),
                            entry.getValue().value(), before == null ? null : before.value());
                })
                .sorted(Comparator.comparing(TrendPoint::regionCode).thenComparingInt(TrendPoint::fiscalYear))
                .toList();
    }

    private record RegionYear(String code, String name, int year) {
    }

    private record Aggregate(int projects, BigDecimal value) {
    }

    private static <R> Map<RegionYear, Aggregate> aggregate(List<R> rows, Function<R, RegionYear> key,
                                                           ToLongFunction<R> project,
                                                           Function<List<R>, BigDecimal> value) {
        Map<RegionYear, Aggregate> aggregates = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(key)).forEach((regionYear, group) -> aggregates.put(regionYear,
                new Aggregate((int) group.stream().mapToLong(project).distinct().count(), value.apply(group))));
        return aggregates;
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
