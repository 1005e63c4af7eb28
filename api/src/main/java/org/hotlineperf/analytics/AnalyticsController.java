package org.hotlineperf.analytics;

import java.util.List;
import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.evaluation.Indicator;
import org.hotlineperf.graphql.ArgumentRules;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.region.RegionService;
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
    private final Comparisons comparisons;
    private final RegionService regions;
    private final EvaluationService evaluations;

    AnalyticsController(AnalyticsStore store, Comparisons comparisons, RegionService regions,
                        EvaluationService evaluations) {
        this.store = store;
        this.comparisons = comparisons;
        this.regions = regions;
        this.evaluations = evaluations;
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
    List<UnitCost> unitCosts(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.unitCosts(validated(filter));
    }

    @SchemaMapping
    List<BudgetExecution> budgetExecution(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.budgetExecution(validated(filter));
    }

    @SchemaMapping
    List<ScoreComparison> scoreComparison(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.scoreComparison(validated(filter));
    }

    @SchemaMapping
    List<DeductionGroup> deductions(Analytics analytics, @Argument ComparisonFilter filter) {
        return comparisons.deductions(validated(filter));
    }

    @SchemaMapping
    List<IndicatorComparison> indicatorComparison(Analytics analytics, @Argument String code,
                                                  @Argument ComparisonFilter filter) {
        if (!evaluations.isCatalogueCode(code)) {
            throw new InvalidArgumentException("code", "KNOWN_CATALOGUE_CODE",
                    "code must be a code of the indicator catalogue (Query.indicatorCatalogue), was "
                            + InvalidArgumentException.quoted(code));
        }
        return comparisons.indicatorComparison(code, validated(filter));
    }

    @SchemaMapping
    List<TrendPoint> trend(Analytics analytics, @Argument TrendMeasure measure, @Argument ComparisonFilter filter) {
        return comparisons.trend(measure, validated(filter));
    }

    @SchemaMapping
    Indicator.Measure target(IndicatorComparison row) {
        return new Indicator.Measure(row.targetOperator(), row.targetValue(), row.targetUnit(), row.targetText());
    }

    @SchemaMapping
    Indicator.Measure actual(IndicatorComparison row) {
        return new Indicator.Measure(null, row.actualValue(), null, row.actualText());
    }

    private ComparisonFilter validated(ComparisonFilter filter) {
        if (filter == null) {
            return ComparisonFilter.NONE;
        }
        ArgumentRules.knownRegionCode("filter.regionCode", filter.regionCode(), regions::isKnown);
        ArgumentRules.fiscalYear("filter.fiscalYearFrom", filter.fiscalYearFrom());
        ArgumentRules.fiscalYear("filter.fiscalYearTo", filter.fiscalYearTo());
        if (filter.fiscalYearFrom() != null && filter.fiscalYearTo() != null
                && filter.fiscalYearFrom() > filter.fiscalYearTo()) {
            throw new InvalidArgumentException("filter.fiscalYearTo", "YEAR_ORDER",
                    "filter.fiscalYearTo must not be before filter.fiscalYearFrom, was " + filter.fiscalYearTo()
                            + " < " + filter.fiscalYearFrom());
        }
        return filter;
    }
}
