package org.hotlineperf.project;

import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.year;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads projects and their operating metrics.
 */
@Repository
class ProjectRepository {

    private final DSLContext dsl;

    ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Project> findByKey(String key) {
        return dsl.select(PROJECT.ID, PROJECT.PROJECT_KEY, PROJECT.NAME, PROJECT.ATTRIBUTE, PROJECT.REGION_CODE,
                        PROJECT.COMPETENT_DEPARTMENT_ID, PROJECT.IMPLEMENTING_UNIT_ID, PROJECT.PERIOD_START_YEAR,
                        PROJECT.PERIOD_END_YEAR, PROJECT.DESCRIPTION)
                .from(PROJECT)
                .where(PROJECT.PROJECT_KEY.eq(key))
                .fetchOptional(mapping(Project::new));
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
