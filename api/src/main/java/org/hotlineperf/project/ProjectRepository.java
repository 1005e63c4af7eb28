package org.hotlineperf.project;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REGION;
import static org.hotlineperf.organisation.OrganisationFields.organisation;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.year;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotlineperf.organisation.Organisation;
import org.hotlineperf.region.Region;
import org.hotlineperf.region.RegionTree;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record11;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/**
 * Reads projects (a filtered page, or many by id, each in one statement), their components and their operating
 * metrics.
 */
@Repository
class ProjectRepository {

    private static final org.hotlineperf.db.tables.Organisation DEPARTMENT = ORGANISATION.as("department");
    private static final org.hotlineperf.db.tables.Organisation IMPLEMENTER = ORGANISATION.as("implementer");

    private final DSLContext dsl;

    ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Up to {@code limit} projects matching the filter with ids above {@code afterId}, ordered by id. */
    List<Project> page(ProjectFilter filter, Long afterId, int limit) {
        return selectProjects()
                .where(matching(filter))
                .and(afterId == null ? noCondition() : PROJECT.ID.gt(afterId))
                .orderBy(PROJECT.ID)
                .limit(limit)
                .fetch(mapping(Project::new));
    }

    int count(ProjectFilter filter) {
        return dsl.fetchCount(PROJECT, matching(filter));
    }

    Map<Long, Project> byIds(Collection<Long> ids) {
        return selectProjects()
                .where(PROJECT.ID.in(ids))
                .fetch(mapping(Project::new))
                .stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
    }

    Map<Long, List<ProjectComponent>> components(Collection<Long> projectIds) {
        return dsl.select(PROJECT_COMPONENT.ID, PROJECT_COMPONENT.PROJECT_ID, PROJECT_COMPONENT.COMPONENT_KEY,
                        PROJECT_COMPONENT.NAME, PROJECT_COMPONENT.IS_HOTLINE, PROJECT_COMPONENT.DESCRIPTION)
                .from(PROJECT_COMPONENT)
                .where(PROJECT_COMPONENT.PROJECT_ID.in(projectIds))
                .orderBy(PROJECT_COMPONENT.PROJECT_ID, PROJECT_COMPONENT.ID)
                .fetch(mapping(ProjectComponent::new))
                .stream()
                .collect(Collectors.groupingBy(ProjectComponent::projectId));
    }

    /** Operating metrics of the projects; with a fiscal year, those whose period starts in that year. */
    Map<Long, List<OperatingMetric>> operatingMetrics(Collection<Long> projectIds, Integer fiscalYear) {
        Condition inYear = fiscalYear == null ? trueCondition() : year(OPERATING_METRIC.PERIOD_START).eq(fiscalYear);
        return selectOperatingMetrics(OPERATING_METRIC.PROJECT_ID.in(projectIds).and(inYear))
                .stream()
                .collect(Collectors.groupingBy(OperatingMetric::projectId));
    }

    OperatingMetric operatingMetric(long id) {
        return selectOperatingMetrics(OPERATING_METRIC.ID.eq(id)).getFirst();
    }

    boolean keyExists(String projectKey) {
        return dsl.fetchExists(PROJECT, PROJECT.PROJECT_KEY.eq(projectKey));
    }

    /** The first and last fiscal year of the project's ledger lines and evaluations; empty if it has none. */
    Optional<YearRange> recordedYears(long projectId) {
        var years = select(FUND_FLOW.FISCAL_YEAR.as("first_year"), FUND_FLOW.FISCAL_YEAR.as("last_year"))
                .from(FUND_FLOW).where(FUND_FLOW.PROJECT_ID.eq(projectId)).and(FUND_FLOW.FISCAL_YEAR.isNotNull())
                .unionAll(select(EVALUATION.PERIOD_START_YEAR, EVALUATION.PERIOD_END_YEAR)
                        .from(EVALUATION).where(EVALUATION.PROJECT_ID.eq(projectId)))
                .asTable("years");
        Field<Integer> first = years.field("first_year", Integer.class);
        Field<Integer> last = years.field("last_year", Integer.class);
        return dsl.select(min(first), max(last)).from(years)
                .fetchOptional(mapping((from, to) -> from == null ? null : new YearRange(from, to)));
    }

    /** Hand-recorded figures are numbered after every figure the project has, so they list last. */
    int nextOperatingMetricOrdinal(long projectId) {
        return dsl.select(coalesce(max(OPERATING_METRIC.ORDINAL).plus(1), inline(0))).from(OPERATING_METRIC)
                .where(OPERATING_METRIC.PROJECT_ID.eq(projectId))
                .fetchSingle(Record1::value1);
    }

    private List<OperatingMetric> selectOperatingMetrics(Condition condition) {
        return dsl.select(OPERATING_METRIC.ID, OPERATING_METRIC.PROJECT_ID, OPERATING_METRIC.PERIOD_START,
                        OPERATING_METRIC.PERIOD_END, OPERATING_METRIC.PERIOD_NOTE, OPERATING_METRIC.METRIC,
                        OPERATING_METRIC.LABEL, OPERATING_METRIC.SCOPE, OPERATING_METRIC.VALUE, OPERATING_METRIC.UNIT,
                        OPERATING_METRIC.NUMERATOR, OPERATING_METRIC.DENOMINATOR, OPERATING_METRIC.TEXT,
                        OPERATING_METRIC.VERSION)
                .from(OPERATING_METRIC)
                .where(condition)
                .orderBy(OPERATING_METRIC.PROJECT_ID, OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.ORDINAL)
                .fetch(mapping(OperatingMetric::new));
    }

    /** A span of fiscal years, first and last included. */
    record YearRange(int first, int last) {
    }

    private SelectOnConditionStep<Record11<Long, String, String, String, Region, Organisation, Organisation, Integer,
            Integer, String, Integer>> selectProjects() {
        return dsl.select(PROJECT.ID, PROJECT.PROJECT_KEY, PROJECT.NAME, PROJECT.ATTRIBUTE,
                        row(REGION.CODE, REGION.NAME, REGION.LEVEL, REGION.PARENT_CODE).mapping(Region::new),
                        organisation(DEPARTMENT), organisation(IMPLEMENTER),
                        PROJECT.PERIOD_START_YEAR, PROJECT.PERIOD_END_YEAR, PROJECT.DESCRIPTION, PROJECT.VERSION)
                .from(PROJECT)
                .join(REGION).on(REGION.CODE.eq(PROJECT.REGION_CODE))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(PROJECT.COMPETENT_DEPARTMENT_ID))
                .leftJoin(IMPLEMENTER).on(IMPLEMENTER.ID.eq(PROJECT.IMPLEMENTING_UNIT_ID));
    }

    private static Condition matching(ProjectFilter filter) {
        Condition condition = noCondition();
        if (filter.regionCode() != null) {
            condition = condition.and(RegionTree.within(PROJECT.REGION_CODE, filter.regionCode()));
        }
        if (filter.fiscalYear() != null) {
            condition = condition.and(PROJECT.PERIOD_START_YEAR.le(filter.fiscalYear()))
                    .and(PROJECT.PERIOD_END_YEAR.ge(filter.fiscalYear()));
        }
        if (filter.nameContains() != null) {
            condition = condition.and(PROJECT.NAME.containsIgnoreCase(filter.nameContains()));
        }
        return condition;
    }
}
