package org.hotlineperf.project;

import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.year;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads the operating metrics of projects.
 */
@Repository
class ProjectRepository {

    private final DSLContext dsl;

    ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Operating metrics of the projects; with a fiscal year, those whose period starts in that year. */
    Map<Long, List<OperatingMetric>> operatingMetrics(Collection<Long> projectIds, Integer fiscalYear) {
        Condition inYear = fiscalYear == null ? trueCondition() : year(OPERATING_METRIC.PERIOD_START).eq(fiscalYear);
        return dsl.select(OPERATING_METRIC.ID, OPERATING_METRIC.PROJECT_ID, OPERATING_METRIC.PERIOD_START,
                        OPERATING_METRIC.PERIOD_END, OPERATING_METRIC.PERIOD_NOTE, OPERATING_METRIC.METRIC,
                        OPERATING_METRIC.LABEL, OPERATING_METRIC.SCOPE, OPERATING_METRIC.VALUE, OPERATING_METRIC.UNIT,
                        OPERATING_METRIC.NUMERATOR, OPERATING_METRIC.DENOMINATOR, OPERATING_METRIC.TEXT)
                .from(OPERATING_METRIC)
                .where(OPERATING_METRIC.PROJECT_ID.in(projectIds))
                .and(inYear)
                .orderBy(OPERATING_METRIC.PROJECT_ID, OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.ORDINAL)
                .fetch(mapping(OperatingMetric::new))
                .stream()
                .collect(Collectors.groupingBy(OperatingMetric::projectId));
    }
}
