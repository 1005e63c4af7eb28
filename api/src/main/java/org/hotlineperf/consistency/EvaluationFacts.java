package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hotlineperf.scoring.RuleInput;
import org.hotlineperf.scoring.ScoringRule;

/**
 * Everything the checks look at for one evaluation: the evaluation with the grade its total earns, its indicator
 * tree, and what its report states about money, rates, operating figures and declared targets. Money in yuan,
 * rates as fractions, as stored. Every flag a check raises is made here, so that it names this evaluation.
 */
final class EvaluationFacts {

    private final Evaluation evaluation;
    private final List<Indicator> indicators;
    private final IndicatorTree tree;
    private final List<LedgerYear> ledgerYears;
    private final List<LedgerLine> linesWithoutDocument;
    private final List<LedgerLine> linesOutsideProjectLedger;
    private final List<Breakdown> breakdowns;
    private final List<StatedRate> statedRates;
    private final List<MetricRate> metricRates;
    private final List<DeclaredTarget> declaredTargets;

    EvaluationFacts(Evaluation evaluation, List<Indicator> indicators, List<LedgerYear> ledgerYears,
                    List<LedgerLine> linesWithoutDocument, List<LedgerLine> linesOutsideProjectLedger,
                    List<Breakdown> breakdowns, List<StatedRate> statedRates, List<MetricRate> metricRates,
                    List<DeclaredTarget> declaredTargets) {
        this.evaluation = evaluation;
        this.indicators = List.copyOf(indicators);
        this.tree = new IndicatorTree(this.indicators);
        this.ledgerYears = List.copyOf(ledgerYears);
        this.linesWithoutDocument = List.copyOf(linesWithoutDocument);
        this.linesOutsideProjectLedger = List.copyOf(linesOutsideProjectLedger);
        this.breakdowns = List.copyOf(breakdowns);
        this.statedRates = List.copyOf(statedRates);
        this.metricRates = List.copyOf(metricRates);
        this.declaredTargets = List.copyOf(declaredTargets);
    }

    Evaluation evaluation() {
        return evaluation;
    }

    /** The indicators in report order. */
    List<Indicator> indicators() {
        return indicators;
    }

    /** The indicator tree, built once for all checks. */
    IndicatorTree tree() {
        return tree;
    }

    List<LedgerYear> ledgerYears() {
        return ledgerYears;
    }

    List<LedgerLine> linesWithoutDocument() {
        return linesWithoutDocument;
    }

    List<LedgerLine> linesOutsideProjectLedger() {
        return linesOutsideProjectLedger;
    }

    List<Breakdown> breakdowns() {
        return breakdowns;
    }

    List<StatedRate> statedRates() {
        return statedRates;
    }

    List<MetricRate> metricRates() {
        return metricRates;
    }

    List<DeclaredTarget> declaredTargets() {
        return declaredTargets;
    }

    /** The fiscal year of a single-year evaluation; null for one covering several years. */
    Integer evaluationYear() {
        return evaluation.periodStartYear() == evaluation.periodEndYear() ? evaluation.periodStartYear() : null;
    }

    /** The ledger totals of a fiscal year (null: lines stated only for the whole period), if there are any. */
    LedgerYear ledgerYear(Integer fiscalYear) {
        return ledgerYears.stream()
                .filter(year -> Objects.equals(year.fiscalYear(), fiscalYear))
                .findFirst().orElse(null);
    }

    /** The ledger totals over the whole report: every year and the lines stated only for the whole period. */
    LedgerYear wholePeriod() {
        return new LedgerYear(null, sum(LedgerYear::initialBudget), sum(LedgerYear::adjustmentTotal),
                sum(LedgerYear::fundsReceived), sum(LedgerYear::expenditure),
                sum(LedgerYear::expenditureChargedToOtherFunds));
    }

    private BigDecimal sum(Function<LedgerYear, BigDecimal> part) {
        List<BigDecimal> values = new ArrayList<>();
        ledgerYears.forEach(year -> {
            if (part.apply(year) != null) {
                values.add(part.apply(year));
            }
        });
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A flag about this evaluation; a fiscal year narrows the period it covers to that year. */
    FoundFlag flag(FlagCode code, FlagSeverity severity, Integer fiscalYear, Long indicatorId, String message,
                   String messageZh, List<Evidence> evidence) {
        int start = fiscalYear == null ? evaluation.periodStartYear() : fiscalYear;
        int end = fiscalYear == null ? evaluation.periodEndYear() : fiscalYear;
        return new FoundFlag(evaluation.projectId(), evaluation.id(), indicatorId, code, severity, fiscalYear, start,
                end, message, messageZh, evidence);
    }

    /** The period a figure belongs to, as messages print it. */
    String period(Integer fiscalYear) {
        return Figures.period(fiscalYear, evaluation.periodStartYear(), evaluation.periodEndYear());
    }

    String periodZh(Integer fiscalYear) {
        return Figures.periodZh(fiscalYear, evaluation.periodStartYear(), evaluation.periodEndYear());
    }

    /**
     * The evaluation as stated, with the grade its total earns by {@code grade_band} (null without a total) and
     * the number of problems (存在问题) it lists.
     */
    record Evaluation(long id, long projectId, long reportId, String kind, int periodStartYear, int periodEndYear,
                      BigDecimal totalWeight, BigDecimal totalScore, String reportedGrade, String reportedGradeText,
                      String reportedGradeNameZh, String grade, String gradeNameZh, BigDecimal gradeMinScore,
                      BigDecimal gradeMaxScore, int problems) {
    }

    /**
     * An indicator as stated, with what decides its score: its own structured rule, whether the report prints a
     * rule, its catalogue code's default rule; and its deductions summed (count, points, those without points).
     */
    record Indicator(long id, long evaluationId, Long parentId, int level, String name, String code,
                     boolean ruleTextStated,
                     ScoringRule structuredRule, ScoringRule catalogueDefaultRule, String targetOperator,
                     BigDecimal targetValue, String targetUnit, String targetText, BigDecimal actualValue,
                     String actualUnit, String actualText, BigDecimal weight, BigDecimal score,
                     BigDecimal pointsDeducted, BigDecimal statedScoreRate, boolean notApplicable, int deductions,
                     BigDecimal deductionPoints, int deductionsWithoutPoints) {

        RuleInput ruleInput() {
            return new RuleInput(weight, actualValue, actualUnit, actualText, targetOperator, targetValue,
                    targetUnit);
        }
    }

    /** The ledger totals of one fiscal year (top-level lines), as {@code BudgetYear} sums them. */
    record LedgerYear(Integer fiscalYear, BigDecimal initialBudget, BigDecimal adjustmentTotal,
                      BigDecimal fundsReceived, BigDecimal expenditure, BigDecimal expenditureChargedToOtherFunds) {
    }

    /**
     * One ledger line: its kind, amount and date; its parent line's amount where it is a part (其中); its category
     * or component as printed.
     */
    record LedgerLine(long id, Integer fiscalYear, String kind, BigDecimal amount, LocalDate occurredOn,
                      String occurredOnPrecision, Long parentId, BigDecimal parentAmount, String label) {
    }

    /** A ledger line and the sum of its parts (其中). */
    record Breakdown(long lineId, Integer fiscalYear, String kind, BigDecimal amount, BigDecimal partsTotal,
                     int parts) {
    }

    /** A rate the report states about its money (预算执行率, 资金到位率), as a fraction. */
    record StatedRate(long id, Integer fiscalYear, String measure, String label, BigDecimal value, String text) {
    }

    /** An operating rate stated with its numerator and denominator (e.g. 办结率 5932 / 5932). */
    record MetricRate(long id, String metric, String label, LocalDate periodStart, LocalDate periodEnd,
                      BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * A target of a goal declaration's indicator table (绩效目标申报表), placed under its level-1 and level-2
     * indicator, from the evaluation's report.
     */
    record DeclaredTarget(long id, String declarationKind, int periodStartYear, int periodEndYear,
                          Integer fiscalYear, String level1, String level2, String name, String code,
                          String targetOperator, BigDecimal targetValue, String targetUnit, String targetText) {
    }
}
