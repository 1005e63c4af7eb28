package org.hotlineperf.analytics;

import java.time.Instant;
import java.time.ZoneOffset;
import org.hotlineperf.evaluation.Indicator;
import org.hotlineperf.graphql.Connection;
import org.hotlineperf.graphql.PositionPageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Analytics} type: comparisons across projects and years, answered by the analytics store, each a
 * cursor connection over the comparison's rows in its fixed order. One DuckDB query per page computes ranks and
 * totals over the whole filtered set and returns only the page.
 */
@Controller
class AnalyticsController {

    /** The {@code Analytics} object; its fields are resolved below. */
    record Analytics() {
    }

    private final AnalyticsStore store;
    private final AnalyticsSync sync;
    private final Comparisons comparisons;
    private final ComparisonFilters filters;

    AnalyticsController(AnalyticsStore store, AnalyticsSync sync, Comparisons comparisons, ComparisonFilters filters) {
        this.store = store;
        this.sync = sync;
        this.comparisons = comparisons;
        this.filters = filters;
    }

    @QueryMapping
    Analytics analytics() {
        return new Analytics();
    }

    @SchemaMapping
    String refreshedAt(Analytics analytics) {
        return store.refreshedAt().map(Object::toString).orElse(null);
    }

    @SchemaMapping
    boolean upToDate(Analytics analytics) {
        return sync.freshness().upToDate();
    }

    @SchemaMapping
    String behindSince(Analytics analytics) {
        Instant since = sync.freshness().behindSince();
        return since == null ? null : since.atOffset(ZoneOffset.UTC).toString();
    }

    @SchemaMapping
    Connection<UnitCost> unitCosts(Analytics analytics, @Argument ComparisonFilter filter, @Argument Integer first,
                                   @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("unitCosts", first, after);
        return connection(page, comparisons.unitCosts(filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Connection<BudgetExecution> budgetExecution(Analytics analytics, @Argument ComparisonFilter filter,
                                                @Argument Integer first, @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("budgetExecution", first, after);
        return connection(page, comparisons.budgetExecution(filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Connection<ScoreComparison> scoreComparison(Analytics analytics, @Argument ComparisonFilter filter,
                                                @Argument Integer first, @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("scoreComparison", first, after);
        return connection(page, comparisons.scoreComparison(filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Connection<DeductionGroup> deductions(Analytics analytics, @Argument ComparisonFilter filter,
                                          @Argument Integer first, @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("deductions", first, after);
        return connection(page, comparisons.deductions(filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Connection<IndicatorComparison> indicatorComparison(Analytics analytics, @Argument String code,
                                                        @Argument ComparisonFilter filter, @Argument Integer first,
                                                        @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("indicatorComparison", first, after);
        return connection(page, comparisons.indicatorComparison(filters.catalogueCode(code),
                filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Connection<TrendPoint> trend(Analytics analytics, @Argument TrendMeasure measure,
                                 @Argument ComparisonFilter filter, @Argument Integer first, @Argument String after) {
        PositionPageRequest page = PositionPageRequest.of("trend", first, after);
        return connection(page, comparisons.trend(measure, filters.validated(filter), slice(page)));
    }

    @SchemaMapping
    Indicator.Measure target(IndicatorComparison row) {
        return new Indicator.Measure(row.targetOperator(), row.targetValue(), row.targetUnit(), row.targetText());
    }

    @SchemaMapping
    Indicator.Measure actual(IndicatorComparison row) {
        return new Indicator.Measure(null, row.actualValue(), null, row.actualText());
    }

    private static Slice slice(PositionPageRequest page) {
        return new Slice(page.afterPosition(), page.fetchSize());
    }

    private static <T> Connection<T> connection(PositionPageRequest page, Page<T> rows) {
        return page.toConnection(rows.rows(), rows.totalCount());
    }
}
