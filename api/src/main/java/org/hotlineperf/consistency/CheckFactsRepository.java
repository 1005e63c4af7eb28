package org.hotlineperf.consistency;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.GOAL_DECLARATION;
import static org.hotlineperf.db.Tables.GOAL_TARGET;
import static org.hotlineperf.db.Tables.GRADE_BAND;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_CATALOGUE;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORTED_FIGURE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotlineperf.consistency.EvaluationFacts.Breakdown;
import org.hotlineperf.consistency.EvaluationFacts.DeclaredTarget;
import org.hotlineperf.consistency.EvaluationFacts.Evaluation;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;
import org.hotlineperf.consistency.EvaluationFacts.LedgerLine;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;
import org.hotlineperf.consistency.EvaluationFacts.MetricRate;
import org.hotlineperf.consistency.EvaluationFacts.StatedRate;
import org.hotlineperf.scoring.ScoringRule;
import org.hotlineperf.scoring.ScoringRuleJson;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * Reads what the checks need for the evaluations of many projects at once: one statement per kind of fact for the
 * whole set, never one per project or evaluation. Ledger totals are summed as {@code BudgetYear} sums them (lines
 * without a parent), but per report, because the checks ask what one report claims.
 */
@Repository
class CheckFactsRepository {

    private static final org.hotlineperf.db.tables.GradeBand EARNED = GRADE_BAND.as("earned");
    private static final org.hotlineperf.db.tables.GradeBand STATED = GRADE_BAND.as("stated");
    private static final org.hotlineperf.db.tables.FundFlow PARENT = FUND_FLOW.as("parent_line");
    private static final org.hotlineperf.db.tables.FundFlow PART = FUND_FLOW.as("part");
    private static final org.hotlineperf.db.tables.ProjectComponent PARENT_COMPONENT =
            PROJECT_COMPONENT.as("parent_component");
    private static final List<String> MONEY_RATES = List.of("BUDGET_EXECUTION_RATE", "FUNDS_RECEIVED_RATE");

    private final DSLContext dsl;

    CheckFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The facts of every evaluation of the projects, in evaluation id order. */
    List<EvaluationFacts> load(Collection<Long> projectIds) {
        List<Evaluation> evaluations = evaluations(projectIds);
        if (evaluations.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Indicator>> indicators = indicators(projectIds);
        Map<Long, List<LedgerYear>> ledgerYears = ledgerYears(projectIds);
        Map<Long, List<LedgerLine>> withoutDocument = linesWithoutDocument(projectIds);
        Map<Long, List<LedgerLine>> outsideLedger = linesOutsideProjectLedger(projectIds);
        Map<Long, List<Breakdown>> breakdowns = breakdowns(projectIds);
        Map<Long, List<StatedRate>> statedRates = statedRates(projectIds);
        Map<Long, List<MetricRate>> metricRates = metricRates(projectIds);
        Map<Long, List<DeclaredTarget>> declaredTargets = declaredTargets(projectIds);
        return evaluations.stream().map(evaluation -> new EvaluationFacts(evaluation,
                        indicators.getOrDefault(evaluation.id(), List.of()),
                        ledgerYears.getOrDefault(evaluation.reportId(), List.of()),
                        withoutDocument.getOrDefault(evaluation.reportId(), List.of()),
                        outsideLedger.getOrDefault(evaluation.reportId(), List.of()),
                        breakdowns.getOrDefault(evaluation.reportId(), List.of()),
                        statedRates.getOrDefault(evaluation.reportId(), List.of()),
                        metricRates.getOrDefault(evaluation.reportId(), List.of()),
                        declaredTargets.getOrDefault(evaluation.reportId(), List.of())))
                .toList();
    }

    private List<Evaluation> evaluations(Collection<Long> projectIds) {
        Field<Integer> problems = field(selectCount().from(FINDING)
                .where(FINDING.EVALUATION_ID.eq(EVALUATION.ID)).and(FINDING.KIND.eq("PROBLEM")));
        return dsl.select(EVALUATION.ID, EVALUATION.PROJECT_ID, EVALUATION.REPORT_ID, EVALUATION.KIND,
                        EVALUATION.PERIOD_START_YEAR, EVALUATION.PERIOD_END_YEAR, EVALUATION.TOTAL_WEIGHT,
                        EVALUATION.TOTAL_SCORE, EVALUATION.REPORTED_GRADE, EVALUATION.REPORTED_GRADE_TEXT,
                        STATED.NAME_ZH, EARNED.GRADE, EARNED.NAME_ZH, EARNED.MIN_SCORE, EARNED.MAX_SCORE, problems)
                .from(EVALUATION)
                .leftJoin(EARNED).on(EVALUATION.TOTAL_SCORE.ge(EARNED.MIN_SCORE)
                        .and(EARNED.MAX_SCORE.isNull().or(EVALUATION.TOTAL_SCORE.lt(EARNED.MAX_SCORE))))
                .leftJoin(STATED).on(STATED.GRADE.eq(EVALUATION.REPORTED_GRADE))
                .where(EVALUATION.PROJECT_ID.in(projectIds))
                .orderBy(EVALUATION.ID)
                .fetch(mapping(Evaluation::new));
    }

    /** Indicators with their deductions summed (one aggregate over the deductions of all of them). */
    private Map<Long, List<Indicator>> indicators(Collection<Long> projectIds) {
        Map<Long, Deductions> deductions = dsl.select(INDICATOR_DEDUCTION.INDICATOR_ID, count(),
                        sum(INDICATOR_DEDUCTION.POINTS), count().filterWhere(INDICATOR_DEDUCTION.POINTS.isNull()))
                .from(INDICATOR_DEDUCTION)
                .join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_DEDUCTION.INDICATOR_ID))
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(EVALUATION.PROJECT_ID.in(projectIds))
                .groupBy(INDICATOR_DEDUCTION.INDICATOR_ID)
                .fetchMap(record -> record.value1(), record -> new Deductions(record.value2(), record.value3(),
                        record.value4()));
        Map<String, ScoringRule> rules = new HashMap<>();
        Function<JSONB, ScoringRule> rule = json -> json == null ? null
                : rules.computeIfAbsent(json.data(), ScoringRuleJson::read);
        return dsl.select(INDICATOR.ID, INDICATOR.EVALUATION_ID, INDICATOR.PARENT_ID, INDICATOR.LEVEL,
                        INDICATOR.NAME, INDICATOR.CATALOGUE_CODE, field(INDICATOR.SCORING_RULE.isNotNull()),
                        INDICATOR.STRUCTURED_SCORING_RULE, INDICATOR_CATALOGUE.DEFAULT_SCORING_RULE,
                        INDICATOR.TARGET_OPERATOR, INDICATOR.TARGET_VALUE, INDICATOR.TARGET_UNIT, INDICATOR.TARGET_TEXT,
                        INDICATOR.ACTUAL_VALUE, INDICATOR.ACTUAL_UNIT, INDICATOR.ACTUAL_TEXT, INDICATOR.WEIGHT,
                        INDICATOR.SCORE, INDICATOR.POINTS_DEDUCTED, INDICATOR.STATED_SCORE_RATE,
                        INDICATOR.NOT_APPLICABLE)
                .from(INDICATOR)
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .leftJoin(INDICATOR_CATALOGUE).on(INDICATOR_CATALOGUE.CODE.eq(INDICATOR.CATALOGUE_CODE))
                .where(EVALUATION.PROJECT_ID.in(projectIds))
                .orderBy(INDICATOR.EVALUATION_ID, INDICATOR.ORDINAL)
                .fetch(record -> {
                    Deductions deducted = deductions.getOrDefault(record.value1(), Deductions.NONE);
                    return new Indicator(record.value1(), record.value2(), record.value3(), record.value4(),
                            record.value5(), record.value6(), record.value7(), rule.apply(record.value8()),
                            rule.apply(record.value9()), record.value10(), record.value11(), record.value12(),
                            record.value13(), record.value14(), record.value15(), record.value16(), record.value17(),
                            record.value18(), record.value19(), record.value20(), record.value21(), deducted.count(),
                            deducted.points(), deducted.withoutPoints());
                })
                .stream()
                .collect(Collectors.groupingBy(Indicator::evaluationId));
    }

    /** Totals per report and fiscal year of the lines without a parent; the 公用经费 parts not counted twice. */
    private Map<Long, List<LedgerYear>> ledgerYears(Collection<Long> projectIds) {
        Field<BigDecimal> charged = sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.eq("EXPENDITURE")
                .and(FUND_FLOW.CHARGED_TO_OTHER_FUNDS)
                .and(PARENT.ID.isNull().or(PARENT.CHARGED_TO_OTHER_FUNDS.isFalse())));
        return dsl.select(FUND_FLOW.REPORT_ID, FUND_FLOW.FISCAL_YEAR, topLevelSum("BUDGET_INITIAL"),
                        coalesce(topLevelSum("BUDGET_ADJUSTMENT"), inline(new BigDecimal("0.00"))),
                        topLevelSum("FUNDS_RECEIVED"), topLevelSum("EXPENDITURE"), charged)
                .from(FUND_FLOW)
                .leftJoin(PARENT).on(PARENT.ID.eq(FUND_FLOW.PARENT_ID))
                .where(FUND_FLOW.PROJECT_ID.in(projectIds))
                .groupBy(FUND_FLOW.REPORT_ID, FUND_FLOW.FISCAL_YEAR)
                .orderBy(FUND_FLOW.REPORT_ID, FUND_FLOW.FISCAL_YEAR)
                .fetchGroups(FUND_FLOW.REPORT_ID, record -> new LedgerYear(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7()));
    }

    /** Lines the report says no budget document backs. */
    private Map<Long, List<LedgerLine>> linesWithoutDocument(Collection<Long> projectIds) {
        return dsl.select(FUND_FLOW.REPORT_ID, FUND_FLOW.ID, FUND_FLOW.FISCAL_YEAR, FUND_FLOW.KIND, FUND_FLOW.AMOUNT,
                        FUND_FLOW.OCCURRED_ON, FUND_FLOW.OCCURRED_ON_PRECISION, FUND_FLOW.PARENT_ID)
                .from(FUND_FLOW)
                .where(FUND_FLOW.PROJECT_ID.in(projectIds))
                .and(FUND_FLOW.DOCUMENT_MISSING)
                .orderBy(FUND_FLOW.REPORT_ID, FUND_FLOW.ORDINAL)
                .fetchGroups(FUND_FLOW.REPORT_ID, record -> new LedgerLine(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7(), record.value8(), null,
                        null));
    }

    /**
     * Expenditure lines the report says were not booked in the project's ledger (outermost ones only), with the
     * line they are part of and what that line is (its category, else its component).
     */
    private Map<Long, List<LedgerLine>> linesOutsideProjectLedger(Collection<Long> projectIds) {
        return dsl.select(FUND_FLOW.REPORT_ID, FUND_FLOW.ID, FUND_FLOW.FISCAL_YEAR, FUND_FLOW.KIND, FUND_FLOW.AMOUNT,
                        FUND_FLOW.OCCURRED_ON, FUND_FLOW.OCCURRED_ON_PRECISION, FUND_FLOW.PARENT_ID, PARENT.AMOUNT,
                        coalesce(PARENT.CATEGORY, PARENT_COMPONENT.NAME))
                .from(FUND_FLOW)
                .leftJoin(PARENT).on(PARENT.ID.eq(FUND_FLOW.PARENT_ID))
                .leftJoin(PARENT_COMPONENT).on(PARENT_COMPONENT.ID.eq(PARENT.COMPONENT_ID))
                .where(FUND_FLOW.PROJECT_ID.in(projectIds))
                .and(FUND_FLOW.KIND.eq("EXPENDITURE"))
                .and(FUND_FLOW.IN_PROJECT_LEDGER.isFalse())
                .and(PARENT.ID.isNull().or(PARENT.IN_PROJECT_LEDGER))
                .orderBy(FUND_FLOW.REPORT_ID, FUND_FLOW.ORDINAL)
                .fetchGroups(FUND_FLOW.REPORT_ID, record -> new LedgerLine(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7(), record.value8(),
                        record.value9(), record.value10()));
    }

    /** Every line that has parts, with the sum of its parts. */
    private Map<Long, List<Breakdown>> breakdowns(Collection<Long> projectIds) {
        return dsl.select(FUND_FLOW.REPORT_ID, FUND_FLOW.ID, FUND_FLOW.FISCAL_YEAR, FUND_FLOW.KIND, FUND_FLOW.AMOUNT,
                        sum(PART.AMOUNT), count())
                .from(FUND_FLOW)
                .join(PART).on(PART.PARENT_ID.eq(FUND_FLOW.ID))
                .where(FUND_FLOW.PROJECT_ID.in(projectIds))
                .groupBy(FUND_FLOW.REPORT_ID, FUND_FLOW.ID, FUND_FLOW.FISCAL_YEAR, FUND_FLOW.KIND, FUND_FLOW.AMOUNT)
                .orderBy(FUND_FLOW.REPORT_ID, FUND_FLOW.ID)
                .fetchGroups(FUND_FLOW.REPORT_ID, record -> new Breakdown(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7()));
    }

    /** Execution and funds-received rates the reports state about their money, not about one component. */
    private Map<Long, List<StatedRate>> statedRates(Collection<Long> projectIds) {
        return dsl.select(REPORTED_FIGURE.REPORT_ID, REPORTED_FIGURE.ID, REPORTED_FIGURE.FISCAL_YEAR,
                        REPORTED_FIGURE.MEASURE, REPORTED_FIGURE.LABEL, REPORTED_FIGURE.VALUE, REPORTED_FIGURE.TEXT)
                .from(REPORTED_FIGURE)
                .where(REPORTED_FIGURE.PROJECT_ID.in(projectIds))
                .and(REPORTED_FIGURE.MEASURE.in(MONEY_RATES))
                .and(REPORTED_FIGURE.VALUE.isNotNull())
                .and(REPORTED_FIGURE.COMPONENT_ID.isNull())
                .orderBy(REPORTED_FIGURE.REPORT_ID, REPORTED_FIGURE.ORDINAL)
                .fetchGroups(REPORTED_FIGURE.REPORT_ID, record -> new StatedRate(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7()));
    }

    /** Operating rates stated with their numerator and denominator, in no particular order (hundreds of thousands). */
    private Map<Long, List<MetricRate>> metricRates(Collection<Long> projectIds) {
        return dsl.select(OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.ID, OPERATING_METRIC.METRIC,
                        OPERATING_METRIC.LABEL, OPERATING_METRIC.PERIOD_START, OPERATING_METRIC.PERIOD_END,
                        OPERATING_METRIC.VALUE, OPERATING_METRIC.NUMERATOR, OPERATING_METRIC.DENOMINATOR)
                .from(OPERATING_METRIC)
                .join(INDICATOR_CATALOGUE).on(INDICATOR_CATALOGUE.CODE.eq(OPERATING_METRIC.METRIC))
                .where(OPERATING_METRIC.PROJECT_ID.in(projectIds))
                .and(INDICATOR_CATALOGUE.VALUE_KIND.eq("RATE"))
                .and(OPERATING_METRIC.VALUE.isNotNull())
                .and(OPERATING_METRIC.NUMERATOR.isNotNull())
                .and(OPERATING_METRIC.DENOMINATOR.gt(BigDecimal.ZERO))
                .fetchGroups(OPERATING_METRIC.REPORT_ID, record -> new MetricRate(record.value2(), record.value3(),
                        record.value4(), record.value5(), record.value6(), record.value7(), record.value8(),
                        record.value9()));
    }

    /** Targets of goal declarations placed in an indicator table (with a level-2 indicator). */
    private Map<Long, List<DeclaredTarget>> declaredTargets(Collection<Long> projectIds) {
        return dsl.select(GOAL_DECLARATION.REPORT_ID, GOAL_TARGET.ID, GOAL_DECLARATION.KIND,
                        GOAL_DECLARATION.PERIOD_START_YEAR, GOAL_DECLARATION.PERIOD_END_YEAR, GOAL_TARGET.FISCAL_YEAR,
                        GOAL_TARGET.LEVEL1_NAME, GOAL_TARGET.LEVEL2_NAME, GOAL_TARGET.NAME,
                        GOAL_TARGET.CATALOGUE_CODE, GOAL_TARGET.TARGET_OPERATOR, GOAL_TARGET.TARGET_VALUE,
                        GOAL_TARGET.TARGET_UNIT, GOAL_TARGET.TARGET_TEXT)
                .from(GOAL_TARGET)
                .join(GOAL_DECLARATION).on(GOAL_DECLARATION.ID.eq(GOAL_TARGET.GOAL_DECLARATION_ID))
                .where(GOAL_DECLARATION.PROJECT_ID.in(projectIds))
                .and(GOAL_TARGET.LEVEL2_NAME.isNotNull())
                .orderBy(GOAL_DECLARATION.REPORT_ID, GOAL_DECLARATION.ORDINAL, GOAL_TARGET.ORDINAL)
                .fetchGroups(GOAL_DECLARATION.REPORT_ID, record -> new DeclaredTarget(record.value2(),
                        record.value3(), record.value4(), record.value5(), record.value6(), record.value7(),
                        record.value8(), record.value9(), record.value10(), record.value11(), record.value12(),
                        record.value13(), record.value14()));
    }

    /** Whether the report says no budget document backs each ledger line (未提供预算调整文件). */
    Map<Long, Boolean> documentMissing(Collection<Long> fundFlowIds) {
        return dsl.select(FUND_FLOW.ID, FUND_FLOW.DOCUMENT_MISSING)
                .from(FUND_FLOW)
                .where(FUND_FLOW.ID.in(fundFlowIds))
                .fetchMap(FUND_FLOW.ID, FUND_FLOW.DOCUMENT_MISSING);
    }

    private static Field<BigDecimal> topLevelSum(String kind) {
        return sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.eq(kind).and(FUND_FLOW.PARENT_ID.isNull()));
    }

    /** The deductions of an indicator summed. */
    private record Deductions(int count, BigDecimal points, int withoutPoints) {

        static final Deductions NONE = new Deductions(0, null, 0);
    }
}
