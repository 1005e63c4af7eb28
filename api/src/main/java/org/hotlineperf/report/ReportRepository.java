package org.hotlineperf.report;

import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;
import static org.hotlineperf.db.Tables.REPORTED_FIGURE;
import static org.hotlineperf.db.Tables.REPORT_SECTION;
import static org.jooq.Records.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads imported reports, their sections and the figures they state, for many parents in one statement each.
 */
@Repository
class ReportRepository {

    private final DSLContext dsl;

    ReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, List<Report>> byProject(Collection<Long> projectIds) {
        return select(REPORT.PROJECT_ID.in(projectIds)).stream()
                .collect(Collectors.groupingBy(Report::projectId));
    }

    Map<Long, Report> byIds(Collection<Long> ids) {
        return select(REPORT.ID.in(ids)).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
    }

    Map<Long, List<ReportSection>> sections(Collection<Long> reportIds) {
        return dsl.select(REPORT_SECTION.REPORT_ID, REPORT_SECTION.HEADING, REPORT_SECTION.BODY)
                .from(REPORT_SECTION)
                .where(REPORT_SECTION.REPORT_ID.in(reportIds))
                .orderBy(REPORT_SECTION.REPORT_ID, REPORT_SECTION.ORDINAL)
                .fetch(mapping(ReportSection::new))
                .stream()
                .collect(Collectors.groupingBy(ReportSection::reportId));
    }

    Map<Long, List<ReportedFigure>> reportedFigures(Collection<Long> reportIds) {
        return dsl.select(REPORTED_FIGURE.ID, REPORTED_FIGURE.REPORT_ID, REPORTED_FIGURE.FISCAL_YEAR,
                        REPORTED_FIGURE.MEASURE, REPORTED_FIGURE.LABEL, PROJECT_COMPONENT.COMPONENT_KEY,
                        REPORTED_FIGURE.VALUE, REPORTED_FIGURE.UNIT, REPORTED_FIGURE.TEXT)
                .from(REPORTED_FIGURE)
                .leftJoin(PROJECT_COMPONENT).on(PROJECT_COMPONENT.ID.eq(REPORTED_FIGURE.COMPONENT_ID))
                .where(REPORTED_FIGURE.REPORT_ID.in(reportIds))
                .orderBy(REPORTED_FIGURE.REPORT_ID, REPORTED_FIGURE.ORDINAL)
                .fetch(mapping(ReportedFigure::new))
                .stream()
                .collect(Collectors.groupingBy(ReportedFigure::reportId));
    }

    private List<Report> select(Condition condition) {
        return dsl.select(REPORT.ID, REPORT.PROJECT_ID, REPORT.REPORT_KEY, REPORT.TITLE, REPORT.SOURCE_FILE,
                        REPORT.MONEY_UNIT, REPORT.IMPORTED_AT)
                .from(REPORT)
                .where(condition)
                .orderBy(REPORT.PROJECT_ID, REPORT.ID)
                .fetch(mapping(Report::new));
    }
}
