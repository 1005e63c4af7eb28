package org.hotlineperf.analytics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hotlineperf.evaluation.Indicator;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Analytics} type: comparisons across projects and years, answered by the analytics store.
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
    List<UnitCost> unitCosts(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.unitCosts(filters.validated(filter));
    }

    @SchemaMapping
    List<BudgetExecution> budgetExecution(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.budgetExecution(filters.validated(filter));
    }

    @SchemaMapping
    List<ScoreComparison> scoreComparison(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.scoreComparison(filters.validated(filter));
    }

    @SchemaMapping
    List<DeductionGroup> deductions(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.deductions(filters.validated(filter));
    }

    @SchemaMapping
    List<IndicatorComparison> indicatorComparison(Analytics analytics, @Argument String code,
                                                  @Argument ComparisonFilter filter) {
        return comparisons.indicatorComparison(filters.catalogueCode(code), filters.validated(filter));
    }

    @SchemaMapping
    List<TrendPoint> trend(Analytics analytics, @Argument TrendMeasure measure, @Argument ComparisonFilter filter) {
        return comparisons.trend(measure, filters.validated(filter));
    }

    @SchemaMapping
    Indicator.Measure target(IndicatorComparison row) {
        return new Indicator.Measure(row.targetOperator(), row.targetValue(), row.targetUnit(), row.targetText());
    }

    @SchemaMapping
    Indicator.Measure actual(IndicatorComparison row) {
        return new Indicator.Measure(null, row.actualValue(), null, row.actualText());
    }
}
