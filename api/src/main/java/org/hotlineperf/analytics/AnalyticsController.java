package org.hotlineperf.analytics;

import java.util.List;
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

    AnalyticsController(AnalyticsStore store, Comparisons comparisons, RegionService regions) {
        this.store = store;
        this.comparisons = comparisons;
        this.regions = regions;
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
