package org.hotlineperf.analytics;

import static org.hotlineperf.db.Tables.CONSISTENCY_FLAG;
import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.GRADE_BAND;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_CATALOGUE;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REGION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Copies the facts the comparisons need from PostgreSQL into the analytics store's appenders, streaming rows
 * with a cursor: all of them for a full load, or those of some projects for an incremental update. The rows go
 * from the JDBC result set straight to the appender: turning them into jOOQ records first was about a quarter of a
 * full load (JFR).
 */
@Repository
class AnalyticsExtractor {

    private static final int FETCH_SIZE = 10_000;
    private static final org.hotlineperf.db.tables.FundFlow PARENT = FUND_FLOW.as("parent_line");

    private final DSLContext dsl;

    AnalyticsExtractor(DSLContext dsl) {
        this.dsl = dsl;
    }

    void appendReferenceData(Tables tables) throws SQLException {
        copy(dsl.select(REGION.CODE, REGION.NAME, REGION.LEVEL, REGION.PARENT_CODE).from(REGION), tables, "region");
        copy(dsl.select(GRADE_BAND.GRADE, GRADE_BAND.MIN_SCORE, GRADE_BAND.MAX_SCORE).from(GRADE_BAND), tables,
                "grade_band");
        copy(dsl.select(INDICATOR_CATALOGUE.CODE).from(INDICATOR_CATALOGUE), tables, "indicator_catalogue");
    }

    void appendAllProjects(Tables tables) throws SQLException {
        appendProjects(tables, DSL.trueCondition());
    }

    void appendProjects(Tables tables, Collection<Long> projectIds) throws SQLException {
        appendProjects(tables, PROJECT.ID.in(projectIds));
    }

    private void appendProjects(Tables tables, Condition projects) throws SQLException {
        var selected = dsl.select(PROJECT.ID).from(PROJECT).where(projects);
        copy(dsl.select(PROJECT.ID, PROJECT.PROJECT_KEY, PROJECT.NAME, PROJECT.REGION_CODE, PROJECT.PERIOD_START_YEAR,
                PROJECT.PERIOD_END_YEAR).from(PROJECT).where(projects), tables, "project");
        copy(dsl.select(PROJECT_COMPONENT.ID, PROJECT_COMPONENT.PROJECT_ID, PROJECT_COMPONENT.COMPONENT_KEY,
                        PROJECT_COMPONENT.IS_HOTLINE).from(PROJECT_COMPONENT)
                .where(PROJECT_COMPONENT.PROJECT_ID.in(selected)),
                tables, "project_component");
        copy(dsl.select(FUND_FLOW.ID, FUND_FLOW.PROJECT_ID, FUND_FLOW.PARENT_ID, FUND_FLOW.FISCAL_YEAR, FUND_FLOW.KIND,
                        FUND_FLOW.AMOUNT, FUND_FLOW.COMPONENT_ID, FUND_FLOW.CHARGED_TO_OTHER_FUNDS,
                        FUND_FLOW.IN_PROJECT_LEDGER, PARENT.CHARGED_TO_OTHER_FUNDS, PARENT.COMPONENT_ID)
                .from(FUND_FLOW)
                .leftJoin(PARENT).on(PARENT.ID.eq(FUND_FLOW.PARENT_ID))
                .where(FUND_FLOW.PROJECT_ID.in(selected)),
                tables, "fund_flow");
        copy(dsl.select(OPERATING_METRIC.ID, OPERATING_METRIC.PROJECT_ID, OPERATING_METRIC.PERIOD_START,
                        OPERATING_METRIC.PERIOD_END, OPERATING_METRIC.METRIC, OPERATING_METRIC.VALUE)
                .from(OPERATING_METRIC)
                .where(OPERATING_METRIC.PROJECT_ID.in(selected)),
                tables, "operating_metric");
        copy(dsl.select(EVALUATION.ID, EVALUATION.PROJECT_ID, EVALUATION.KIND, EVALUATION.PERIOD_START_YEAR,
                        EVALUATION.PERIOD_END_YEAR, EVALUATION.TOTAL_WEIGHT, EVALUATION.TOTAL_SCORE)
                .from(EVALUATION)
                .where(EVALUATION.PROJECT_ID.in(selected)),
                tables, "evaluation");
        copy(dsl.select(INDICATOR.ID, INDICATOR.EVALUATION_ID, EVALUATION.PROJECT_ID, INDICATOR.PARENT_ID,
                        INDICATOR.LEVEL, INDICATOR.ORDINAL, INDICATOR.NAME, INDICATOR.CATALOGUE_CODE,
                        INDICATOR.TARGET_OPERATOR, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_UNIT, INDICATOR.TARGET_TEXT,
                        INDICATOR.ACTUAL_VALUE, INDICATOR.ACTUAL_TEXT, INDICATOR.WEIGHT, INDICATOR.SCORE)
                .from(INDICATOR)
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(EVALUATION.PROJECT_ID.in(selected)),
                tables, "indicator");
        copy(dsl.select(INDICATOR_DEDUCTION.ID, INDICATOR_DEDUCTION.INDICATOR_ID, EVALUATION.PROJECT_ID,
                        INDICATOR_DEDUCTION.POINTS, INDICATOR_DEDUCTION.REASON)
                .from(INDICATOR_DEDUCTION)
                .join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_DEDUCTION.INDICATOR_ID))
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(EVALUATION.PROJECT_ID.in(selected)),
                tables, "indicator_deduction");
        copy(dsl.select(CONSISTENCY_FLAG.ID, CONSISTENCY_FLAG.PROJECT_ID, CONSISTENCY_FLAG.EVALUATION_ID,
                        CONSISTENCY_FLAG.CODE, CONSISTENCY_FLAG.SEVERITY, CONSISTENCY_FLAG.FISCAL_YEAR,
                        CONSISTENCY_FLAG.PERIOD_START_YEAR, CONSISTENCY_FLAG.PERIOD_END_YEAR)
                .from(CONSISTENCY_FLAG)
                .where(CONSISTENCY_FLAG.PROJECT_ID.in(selected)),
                tables, "consistency_flag");
    }

    private static void copy(ResultQuery<? extends Record> query, Tables tables, String table) throws SQLException {
        try (Tables.Appender appender = tables.appender(table);
             ResultSet rows = query.fetchSize(FETCH_SIZE).fetchResultSet()) {
            appender.rows(rows);
        }
    }
}
