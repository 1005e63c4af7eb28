package org.hotlineperf.analytics;

import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.graphql.ArgumentRules;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * Checks the arguments of a comparison, for GraphQL and the exports alike: a known region, fiscal years in range
 * and in order, a known catalogue code.
 */
@Component
class ComparisonFilters {

    private final RegionService regions;
    private final EvaluationService evaluations;

    ComparisonFilters(RegionService regions, EvaluationService evaluations) {
        this.regions = regions;
        this.evaluations = evaluations;
    }

    ComparisonFilter validated(ComparisonFilter filter) {
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

    String catalogueCode(String code) {
        if (code == null || !evaluations.isCatalogueCode(code)) {
            throw new InvalidArgumentException("code", "KNOWN_CATALOGUE_CODE",
                    "code must be a code of the indicator catalogue (Query.indicatorCatalogue), was "
                            + (code == null ? "missing" : InvalidArgumentException.quoted(code)));
        }
        return code;
    }
}
