package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The comparisons across projects and years, each one {@code .sql} file run on the analytics store. Every
 * comparison has one fixed order; a {@link Slice} says which rows of it to read, and the same query serves a page
 * of the API and a whole download.
 */
public final class Comparisons {

    private final AnalyticsStore store;
    private final TextCodes textCodes = new TextCodes();

    public Comparisons(AnalyticsStore store) {
        this.store = store;
    }

    /** Budget execution by region code, project and year (the whole-period row after the years). */
    public Page<BudgetExecution> budgetExecution(ComparisonFilter filter, Slice slice) {
        return slice("budget_execution.sql", filter.parameters(), slice, row -> new BudgetExecution(
                row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                row.getString("region_code"), row.getString("region_name"), row.integer("fiscal_year"),
                row.getBigDecimal("initial_budget"), row.getBigDecimal("adjustment_total"),
                row.getBigDecimal("funds_received"), row.getBigDecimal("expenditure"),
                row.getBigDecimal("charged_to_other_funds")));
    }

    /** Unit costs by region code, project and year. */
    public Page<UnitCost> unitCosts(ComparisonFilter filter, Slice slice) {
        return slice("unit_costs.sql", filter.parameters(), slice, row -> new UnitCost(
                row.getLong("project_id"), row.getString("project_key"), row.getString("project_name"),
                row.getString("region_code"), row.getString("region_name"), row.getInt("fiscal_year"),
                row.getBigDecimal("expenditure"), row.getBoolean("hotline_component_only"),
                row.getBigDecimal("calls_answered"), row.getBigDecimal("tickets")));
    }

    /**
     * Evaluations ranked by total score (ranks over the whole filtered set), each with its level-1 groups and its
     * project's key, name and region, read on one snapshot. A slice's groups and projects are asked for by the ids
     * of its rows. A whole comparison asks for them by its filter, which costs less than binding tens of thousands
     * of ids, and reads its groups while it reads its ranked rows (two transactions begun on one commit).
     */
    public Page<ScoreComparison> scoreComparison(ComparisonFilter filter, Slice slice) {
        if (slice.isWhole()) {
            return store.readInParallel(
                    snapshot -> new RankedProjects(ranked(snapshot, filter, slice), projects(snapshot.queryFile(
                            "project_labels_in_scope.sql", filter.projectParameters(), Comparisons::projectLabel))),
                    snapshot -> groups(snapshot, "score_groups_in_scope.sql", filter.parameters()),
                    (ranked, groups) -> scoreComparison(ranked.evaluations(), ranked.projects(), groups));
        }
        return store.read(snapshot -> {
            Page<RankedEvaluation> ranked = ranked(snapshot, filter, slice);
            if (ranked.rows().isEmpty()) {
                return new Page<>(List.<ScoreComparison>of(), ranked.totalCount());
            }
            ById<ScoreComparison.Group> groups = groups(snapshot, "score_groups.sql",
                    List.<Object>of(ids(ranked.rows(), RankedEvaluation::evaluationId)));
            ById<ProjectLabel> projects = projects(snapshot.queryFile("project_labels.sql",
                    List.of(ids(ranked.rows(), RankedEvaluation::projectId)), Comparisons::projectLabel));
            return scoreComparison(ranked, projects, groups);
        });
    }

    private Page<RankedEvaluation> ranked(AnalyticsStore.Snapshot snapshot, ComparisonFilter filter, Slice slice)
            throws SQLException {
        TextCodes.Dictionary texts = textCodes.of(snapshot);
        return slice(snapshot, "score_comparison.sql", followedBy(filter.parameters(), texts.ambiguousCodes()), slice,
                row -> new RankedEvaluation(row.getLong("evaluation_id"), texts.text(row, "kind_code", "kind"),
                        row.getInt("period_start_year"), row.getInt("period_end_year"),
                        row.getBigDecimal("total_weight"), row.getBigDecimal("total_score"),
                        texts.text(row, "grade_code", "grade"), row.integer("score_rank"), row.getLong("project_id")));
    }

    /** The level-1 groups a file selects by the given parameters, found by evaluation id, in report order. */
    private ById<ScoreComparison.Group> groups(AnalyticsStore.Snapshot snapshot, String sqlFile,
                                               List<Object> parameters) throws SQLException {
        TextCodes.Dictionary texts = textCodes.of(snapshot);
        ById.Unordered<ScoreComparison.Group> groups = new ById.Unordered<>();
        snapshot.forEachRowOfFile(sqlFile, followedBy(parameters, texts.ambiguousCodes()),
                row -> groups.add(row.getLong("evaluation_id"), row.getInt("ordinal"),
                        new ScoreComparison.Group(texts.text(row, "name_code", "name"), row.getBigDecimal("weight"),
                                row.getBigDecimal("score"))));
        return groups.ordered();
    }

    private static ById<ProjectLabel> projects(List<ProjectLabel> rows) {
        return ById.of(rows, ProjectLabel::id, Function.identity());
    }

    private static Page<ScoreComparison> scoreComparison(Page<RankedEvaluation> ranked, ById<ProjectLabel> projects,
                                                         ById<ScoreComparison.Group> groups) {
        return new Page<>(ranked.rows().stream()
                .map(evaluation -> evaluation.toComparison(projects.first(evaluation.projectId()),
                        groups.all(evaluation.evaluationId())))
                .toList(), ranked.totalCount());
    }

    /** Whether the code is a region the store knows (the GB/T 2260 list, copied from PostgreSQL). */
    public boolean isKnownRegion(String code) {
        return !store.queryFile("known_region.sql", List.of(code), row -> row.getString("code")).isEmpty();
    }

    /** Whether the code is one of the indicator catalogue the store knows. */
    public boolean isCatalogueCode(String code) {
        return !store.queryFile("known_catalogue_code.sql", List.of(code), row -> row.getString("code")).isEmpty();
    }

    /** Deductions grouped by level-1 / level-2 group, most frequent first. */
    public Page<DeductionGroup> deductions(ComparisonFilter filter, Slice slice) {
        return slice("deductions.sql", filter.parameters(), slice, row -> new DeductionGroup(
                row.getString("level1_group"), row.getString("level2_group"), row.getLong("deductions"),
                row.getLong("evaluations"), row.getBigDecimal("points_stated"),
                row.getLong("deductions_without_points")));
    }

    /** One catalogue indicator across the evaluations in scope, by region code, project and period. */
    public Page<IndicatorComparison> indicatorComparison(String catalogueCode, ComparisonFilter filter, Slice slice) {
        return slice("indicator_comparison.sql", followedBy(filter.parameters(), catalogueCode), slice,
                row -> new IndicatorComparison(row.getLong("indicator_id"), row.getString("indicator_name"),
                        row.getInt("level"), row.getString("target_operator"), row.getBigDecimal("target_value"),
                        row.getString("target_unit"), row.getString("target_text"), row.getBigDecimal("actual_value"),
                        row.getString("actual_text"), row.getBigDecimal("weight"), row.getBigDecimal("score"),
                        row.getLong("evaluation_id"), row.getString("kind"), row.getInt("period_start_year"),
                        row.getInt("period_end_year"), row.getLong("project_id"), row.getString("project_key"),
                        row.getString("project_name"), row.getString("region_code"), row.getString("region_name")));
    }

    /**
     * A measure by region (the projects' own regions) and fiscal year, with the year-on-year change, ordered by
     * region code and year; built from all per-project rows of the other comparisons so that every measure keeps
     * its one definition, then sliced.
     */
    public Page<TrendPoint> trend(TrendMeasure measure, ComparisonFilter filter, Slice slice) {
        Map<RegionYear, Aggregate> values = switch (measure.source()) {
            case BUDGET -> aggregate(budgetExecution(filter, Slice.ALL).rows().stream()
                            .filter(row -> row.fiscalYear() != null).toList(),
                    row -> new RegionYear(row.regionCode(), row.regionName(), row.fiscalYear()),
                    BudgetExecution::projectId, measure::ofBudgets);
            case UNIT_COST -> aggregate(unitCosts(filter, Slice.ALL).rows(),
                    row -> new RegionYear(row.regionCode(), row.regionName(), row.fiscalYear()),
                    UnitCost::projectId, measure::ofUnitCosts);
            case SCORE -> aggregate(scoreComparison(filter, Slice.ALL).rows(),
                    row -> new RegionYear(row.regionCode(), row.regionName(), row.periodEndYear()),
                    ScoreComparison::projectId,
                    rows -> TrendMeasure.average(rows.stream().map(ScoreComparison::totalScore).toList()));
        };
        List<TrendPoint> points = values.entrySet().stream()
                .map(entry -> {
                    RegionYear key = entry.getKey();
                    RegionYear previous = new RegionYear(key.code(), key.name(), key.year() - 1);
                    Aggregate before = values.get(previous);
                    return new TrendPoint(key.code(), key.name(), key.year(), entry.getValue().projects(),
                            entry.getValue().value(), before == null ? null : before.value());
                })
                .sorted(Comparator.comparing(TrendPoint::regionCode).thenComparingInt(TrendPoint::fiscalYear))
                .toList();
        int from = (int) Math.min(slice.after(), points.size());
        int to = slice.limit() == null ? points.size() : (int) Math.min((long) from + slice.limit(), points.size());
        return new Page<>(points.subList(from, to), () -> points.size());
    }

    private record RegionYear(String code, String name, int year) {
    }

    private record Aggregate(int projects, BigDecimal value) {
    }

    /** The ranked rows of a whole score comparison with the labels of the projects in scope. */
    private record RankedProjects(Page<RankedEvaluation> evaluations, ById<ProjectLabel> projects) {
    }

    /** A row of score_comparison.sql: an evaluation naming its project by id. */
    private record RankedEvaluation(long evaluationId, String kind, int periodStartYear, int periodEndYear,
                                    BigDecimal totalWeight, BigDecimal totalScore, String grade, Integer rank,
                                    long projectId) {

        ScoreComparison toComparison(ProjectLabel project, List<ScoreComparison.Group> groups) {
            return new ScoreComparison(evaluationId, kind, periodStartYear, periodEndYear, totalWeight, totalScore,
                    grade, rank, projectId, project.key(), project.name(), project.regionCode(),
                    project.regionName(), groups);
        }
    }

    /** What a comparison row shows of its project (project_labels.sql). */
    private record ProjectLabel(long id, String key, String name, String regionCode, String regionName) {
    }

    /** A row of a comparison with the size of the whole filtered set its query counted alongside. */
    private record Counted<T>(T row, long totalCount) {
    }

    /**
     * Runs a comparison's query for a slice: the file takes the given parameters, then the position after which
     * the slice starts and its size, and returns each row with {@code total_count}. An empty slice says nothing
     * about the total; it is counted then, by the same query for the first row, and only when asked for.
     */
    private <T> Page<T> slice(String sqlFile, List<Object> parameters, Slice slice,
                              AnalyticsStore.RowMapper<T> mapper) {
        return store.read(snapshot -> slice(snapshot, sqlFile, parameters, slice, mapper));
    }

    private <T> Page<T> slice(AnalyticsStore.Snapshot snapshot, String sqlFile, List<Object> parameters, Slice slice,
                              AnalyticsStore.RowMapper<T> mapper) throws SQLException {
        List<Counted<T>> rows = snapshot.queryFile(sqlFile, followedBy(parameters, slice.after(), slice.limit()),
                row -> new Counted<>(mapper.map(row), row.getLong("total_count")));
        LongSupplier totalCount = rows.isEmpty()
                ? () -> store.queryFile(sqlFile, followedBy(parameters, 0L, 1), row -> row.getLong("total_count"))
                        .stream().findFirst().orElse(0L)
                : () -> rows.getFirst().totalCount();
        return new Page<>(rows.stream().map(Counted::row).toList(), totalCount);
    }

    /** The distinct ids the rows name, to bind as a list parameter. */
    private static <R> List<Long> ids(List<R> rows, ToLongFunction<R> id) {
        return rows.stream().mapToLong(id).distinct().boxed().toList();
    }

    private static ProjectLabel projectLabel(Row row) throws SQLException {
        return new ProjectLabel(row.getLong("project_id"), row.text("project_key"), row.text("project_name"),
                row.text("region_code"), row.text("region_name"));
    }

    /** A file's parameters: the given ones, followed by more. */
    private static List<Object> followedBy(List<Object> parameters, Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static <R> Map<RegionYear, Aggregate> aggregate(List<R> rows, Function<R, RegionYear> key,
                                                           ToLongFunction<R> project,
                                                           Function<List<R>, BigDecimal> value) {
        Map<RegionYear, Aggregate> aggregates = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(key)).forEach((regionYear, group) -> aggregates.put(regionYear,
                new Aggregate((int) group.stream().mapToLong(project).distinct().count(), value.apply(group))));
        return aggregates;
    }
}
