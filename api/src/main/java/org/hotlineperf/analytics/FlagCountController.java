package org.hotlineperf.analytics;

import org.hotlineperf.consistency.FlagCode;
import org.hotlineperf.consistency.FlagSeverity;
import org.hotlineperf.graphql.Connection;
import org.hotlineperf.graphql.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Analytics.flagCounts}: the flags of the consistency checks counted by region and fiscal year on the
 * analytics store, as a cursor connection with the comparisons' scope filter.
 */
@Controller
class FlagCountController {

    private final FlagCounts counts;
    private final ComparisonFilters filters;

    FlagCountController(FlagCounts counts, ComparisonFilters filters) {
        this.counts = counts;
        this.filters = filters;
    }

    @SchemaMapping(typeName = "Analytics")
    Connection<FlagCount> flagCounts(@Argument ComparisonFilter filter, @Argument FlagCode code,
                                     @Argument FlagSeverity severity, @Argument Integer first,
                                     @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        ComparisonFilter scope = filters.validated(filter);
        String codeName = code == null ? null : code.name();
        String severityName = severity == null ? null : severity.name();
        return page.toConnection(counts.page(scope, codeName, severityName, page.afterId(), page.fetchSize()),
                FlagCount::rowKey, () -> counts.rows(scope, codeName, severityName));
    }
}
