package org.hotlineperf.evaluation;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.GOAL_DECLARATION;
import static org.hotlineperf.db.Tables.GOAL_TARGET;
import static org.hotlineperf.db.Tables.GRADE_BAND;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_CATALOGUE;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.REPORT;
import static org.hotlineperf.organisation.OrganisationFields.organisation;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotlineperf.calendar.PartialDate;
import org.hotlineperf.organisation.Organisation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record21;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/**
 * Reads evaluations, their indicator trees, findings and goal declarations, each for many parents in one
 * statement, with nested lists fetched by {@code multiset}.
 */
@Repository
class EvaluationRepository {

    private static final org.hotlineperf.db.tables.Organisation EVALUATOR = ORGANISATION.as("evaluator");
    private static final org.hotlineperf.db.tables.Organisation COMMISSIONER = ORGANISATION.as("commissioner");

    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, List<Evaluation>> evaluationsByProject(Collection<Long> projectIds) {
        return selectEvaluations()
                .where(EVALUATION.PROJECT_ID.in(projectIds))
                .orderBy(EVALUATION.PROJECT_ID, EVALUATION.PERIOD_START_YEAR, EVALUATION.PERIOD_END_YEAR, EVALUATION.ID)
                .fetch(mapping(Evaluation::new))
                .stream()
                .collect(Collectors.groupingBy(Evaluation::projectId));
    }

    /**
     * The evaluation covering the latest period of each project (latest end year, then start year, then id). The
     * latest ids are picked first, so that only those rows are joined to their report and organisations.
     */
    Map<Long, Evaluation> latestByProject(Collection<Long> projectIds) {
        org.hotlineperf.db.tables.Evaluation candidate = EVALUATION.as("candidate");
        return selectEvaluations()
                .where(EVALUATION.ID.in(select(candidate.ID).distinctOn(candidate.PROJECT_ID)
                        .from(candidate)
                        .where(candidate.PROJECT_ID.in(projectIds))
                        .orderBy(candidate.PROJECT_ID, candidate.PERIOD_END_YEAR.desc(),
                                candidate.PERIOD_START_YEAR.desc(), candidate.ID.desc())))
                .fetch(mapping(Evaluation::new))
                .stream()
                .collect(Collectors.toMap(Evaluation::projectId, Function.identity()));
    }

    Map<Long, Evaluation> byIds(Collection<Long> ids) {
        return selectEvaluations()
                .where(EVALUATION.ID.in(ids))
                .fetch(mapping(Evaluation::new))
                .stream()
                .collect(Collectors.toMap(Evaluation::id, Function.identity()));
    }

    /** The level-1 indicators of each evaluation, in report order. */
    Map<Long, List<Indicator>> rootIndicators(Collection<Long> evaluationIds) {
        return selectIndicators(INDICATOR.EVALUATION_ID.in(evaluationIds).and(INDICATOR.PARENT_ID.isNull())).stream()
                .collect(Collectors.groupingBy(Indicator::evaluationId));
    }

    /** The children of each indicator, in report order. */
    Map<Long, List<Indicator>> childIndicators(Collection<Long> parentIds) {
        return selectIndicators(INDICATOR.PARENT_ID.in(parentIds)).stream()
                .collect(Collectors.groupingBy(Indicator::parentId));
    }

    Map<Long, Indicator> indicatorsByIds(Collection<Long> ids) {
        return selectIndicators(INDICATOR.ID.in(ids)).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    List<CatalogueIndicator> catalogue() {
        return dsl.select(INDICATOR_CATALOGUE.CODE, INDICATOR_CATALOGUE.NAME_EN, INDICATOR_CATALOGUE.NAME_ZH,
                        INDICATOR_CATALOGUE.VALUE_KIND, INDICATOR_CATALOGUE.DESCRIPTION)
                .from(INDICATOR_CATALOGUE)
                .orderBy(INDICATOR_CATALOGUE.CODE)
                .fetch(mapping(CatalogueIndicator::new));
    }

    /** Findings per evaluation in report order; with a kind, only those of that kind. */
    Map<Long, List<Finding>> findings(Collection<Long> evaluationIds, String kind) {
        return selectFindings(FINDING.EVALUATION_ID.in(evaluationIds)
                        .and(kind == null ? noCondition() : FINDING.KIND.eq(kind)))
                .stream()
                .collect(Collectors.groupingBy(Finding::evaluationId));
    }

    Finding finding(long id) {
        return selectFindings(FINDING.ID.eq(id)).getFirst();
    }

    Indicator indicator(long id) {
        return selectIndicators(INDICATOR.ID.eq(id)).getFirst();
    }

    private List<Finding> selectFindings(Condition condition) {
        return dsl.select(FINDING.ID, FINDING.EVALUATION_ID, FINDING.KIND, FINDING.TITLE, FINDING.BODY, FINDING.CAUSE,
                        FINDING.VERSION)
                .from(FINDING)
                .where(condition)
                .orderBy(FINDING.EVALUATION_ID, FINDING.ORDINAL)
                .fetch(mapping(Finding::new));
    }

    Map<Long, List<GoalDeclaration>> goalDeclarations(Collection<Long> projectIds) {
        return dsl.select(GOAL_DECLARATION.ID, GOAL_DECLARATION.PROJECT_ID, GOAL_DECLARATION.KIND,
                        GOAL_DECLARATION.PERIOD_START_YEAR, GOAL_DECLARATION.PERIOD_END_YEAR,
                        GOAL_DECLARATION.PROJECT_NAME_AS_STATED, GOAL_DECLARATION.OVERALL_GOAL,
                        GOAL_DECLARATION.TOTAL_FUNDS, GOAL_DECLARATION.FISCAL_APPROPRIATION,
                        GOAL_DECLARATION.OTHER_FUNDS,
                        multiset(select(GOAL_TARGET.LEVEL1_NAME, GOAL_TARGET.LEVEL2_NAME, GOAL_TARGET.NAME,
                                GOAL_TARGET.CATALOGUE_CODE, GOAL_TARGET.FISCAL_YEAR, GOAL_TARGET.DEFINITION,
                                row(GOAL_TARGET.TARGET_OPERATOR, GOAL_TARGET.TARGET_VALUE, GOAL_TARGET.TARGET_UNIT,
                                        GOAL_TARGET.TARGET_TEXT).mapping(EvaluationRepository::measure))
                                .from(GOAL_TARGET)
                                .where(GOAL_TARGET.GOAL_DECLARATION_ID.eq(GOAL_DECLARATION.ID))
                                .orderBy(GOAL_TARGET.ORDINAL))
                                .convertFrom(records -> records.map(mapping(GoalDeclaration.Target::new))))
                .from(GOAL_DECLARATION)
                .where(GOAL_DECLARATION.PROJECT_ID.in(projectIds))
                .orderBy(GOAL_DECLARATION.PROJECT_ID, GOAL_DECLARATION.REPORT_ID, GOAL_DECLARATION.ORDINAL)
                .fetch(mapping(GoalDeclaration::new))
                .stream()
                .collect(Collectors.groupingBy(GoalDeclaration::projectId));
    }

    private SelectOnConditionStep<Record21<Long, Long, Long, String, String, Organisation, Organisation, Integer,
            Integer, PartialDate, LocalDate, LocalDate, String, BigDecimal, BigDecimal, String, String, String, String,
            String, String>> selectEvaluations() {
        return dsl.select(EVALUATION.ID, EVALUATION.PROJECT_ID, EVALUATION.REPORT_ID, REPORT.REPORT_KEY, EVALUATION.KIND,
                        organisation(EVALUATOR), organisation(COMMISSIONER),
                        EVALUATION.PERIOD_START_YEAR, EVALUATION.PERIOD_END_YEAR,
                        row(EVALUATION.REPORTED_ON, EVALUATION.REPORTED_ON_PRECISION).mapping(PartialDate::of),
                        EVALUATION.FIELDWORK_START, EVALUATION.FIELDWORK_END,
                        EVALUATION.SCORE_TABLE_TITLE, EVALUATION.TOTAL_WEIGHT, EVALUATION.TOTAL_SCORE,
                        GRADE_BAND.GRADE, EVALUATION.REPORTED_GRADE, EVALUATION.REPORTED_GRADE_TEXT,
                        EVALUATION.GRADING_SCHEME, EVALUATION.METHOD, EVALUATION.CONCLUSION)
                .from(EVALUATION)
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .join(EVALUATOR).on(EVALUATOR.ID.eq(EVALUATION.EVALUATOR_ID))
                .leftJoin(COMMISSIONER).on(COMMISSIONER.ID.eq(EVALUATION.COMMISSIONED_BY_ID))
                .leftJoin(GRADE_BAND).on(EVALUATION.TOTAL_SCORE.ge(GRADE_BAND.MIN_SCORE)
                        .and(GRADE_BAND.MAX_SCORE.isNull().or(EVALUATION.TOTAL_SCORE.lt(GRADE_BAND.MAX_SCORE))));
    }

    private List<Indicator> selectIndicators(Condition condition) {
        return dsl.select(INDICATOR.ID, INDICATOR.EVALUATION_ID, INDICATOR.PARENT_ID, INDICATOR.LEVEL.coerce(Integer.class),
                        INDICATOR.NAME, INDICATOR.CATALOGUE_CODE, INDICATOR.DEFINITION, INDICATOR.SCORING_RULE,
                        row(INDICATOR.TARGET_OPERATOR, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_UNIT,
                                INDICATOR.TARGET_TEXT).mapping(EvaluationRepository::measure),
                        row(INDICATOR.ACTUAL_VALUE, INDICATOR.ACTUAL_UNIT, INDICATOR.ACTUAL_TEXT)
                                .mapping((value, unit, text) -> measure(null, value, unit, text)),
                        INDICATOR.WEIGHT, INDICATOR.SCORE, INDICATOR.POINTS_DEDUCTED, INDICATOR.STATED_SCORE_RATE,
                        INDICATOR.NOT_APPLICABLE, INDICATOR.COMMENT,
                        multiset(select(INDICATOR_DEDUCTION.POINTS, INDICATOR_DEDUCTION.REASON)
                                .from(INDICATOR_DEDUCTION)
                                .where(INDICATOR_DEDUCTION.INDICATOR_ID.eq(INDICATOR.ID))
                                .orderBy(INDICATOR_DEDUCTION.ORDINAL))
                                .convertFrom(records -> records.map(mapping(Indicator.Deduction::new))),
                        INDICATOR.VERSION)
                .from(INDICATOR)
                .where(condition)
                .orderBy(INDICATOR.EVALUATION_ID, INDICATOR.ORDINAL)
                .fetch(mapping(Indicator::new));
    }

    private static Indicator.Measure measure(String operator, BigDecimal value, String unit, String text) {
        return operator == null && value == null && unit == null && text == null
                ? null : new Indicator.Measure(operator, value, unit, text);
    }
}
