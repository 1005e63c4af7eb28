package org.hotlineperf.analytics;

import org.hotlineperf.graphql.ArgumentRules;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.graphql.ServiceUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Checks the arguments of a comparison, for GraphQL and the exports alike: a known region, fiscal years in range
 * and in order, a known catalogue code. Regions and codes are looked up in the analytics store's copy, so that the
 * comparisons keep answering while PostgreSQL is down; before the store's first load nothing can be checked or
 * compared, and the request is UNAVAILABLE.
 */
@Component
class ComparisonFilters {

    private final AnalyticsStore store;
    private final Comparisons comparisons;

    ComparisonFilters(AnalyticsStore store, Comparisons comparisons) {
        this.store = store;
        this.comparisons = comparisons;
    }

    ComparisonFilter validated(ComparisonFilter filter) {
        requireLoaded();
        if (filter == null) {
            return ComparisonFilter.NONE;
        }
        ArgumentRules.knownRegionCode("filter.regionCode", filter.regionCode(), comparisons::isKnownRegion);
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
        requireLoaded();
        if (code == null || !comparisons.isCatalogueCode(code)) {
            throw new InvalidArgumentException("code", "KNOWN_CATALOGUE_CODE",
                    "code must be a code of the indicator catalogue (Query.indicatorCatalogue), was "
                            + (code == null ? "missing" : InvalidArgumentException.quoted(code)));
        }
        return code;
    }

    private void requireLoaded() {
        if (!store.isLoaded()) {
            throw new ServiceUnavailableException(
                    "The analytics store is being loaded from the database; try again shortly.");
        }
    }
}
