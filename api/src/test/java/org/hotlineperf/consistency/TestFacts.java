package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.consistency.EvaluationFacts.Breakdown;
import org.hotlineperf.consistency.EvaluationFacts.DeclaredTarget;
import org.hotlineperf.consistency.EvaluationFacts.Evaluation;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;
import org.hotlineperf.consistency.EvaluationFacts.LedgerLine;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;
import org.hotlineperf.consistency.EvaluationFacts.MetricRate;
import org.hotlineperf.consistency.EvaluationFacts.StatedRate;
import org.hotlineperf.scoring.ScoringRule;

/**
 * Test helper: the facts of one evaluation built by hand, with sensible defaults (a 2020 self-evaluation of 100
 * points with one problem listed), so that a test states only what its check looks at.
 */
final class TestFacts {

    private String kind = "SELF";
    private int startYear = 2020;
    private int endYear = 2020;
    private BigDecimal totalWeight = new BigDecimal("100");
    private BigDecimal totalScore;
    private String reportedGrade;
    private String grade;
    private BigDecimal gradeMin;
    private BigDecimal gradeMax;
    private int problems = 1;
    private final List<IndicatorBuilder> indicators = new ArrayList<>();
    private final List<LedgerYear> ledgerYears = new ArrayList<>();
    private final List<LedgerLine> withoutDocument = new ArrayList<>();
    private final List<LedgerLine> outsideLedger = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    private final List<StatedRate> statedRates = new ArrayList<>();
    private final List<MetricRate> metricRates = new ArrayList<>();
    private final List<DeclaredTarget> declaredTargets = new ArrayList<>();
    private long nextId = 1;

    static TestFacts evaluation() {
        return new TestFacts();
    }

    TestFacts kind(String kind) {
        this.kind = kind;
        return this;
    }

    TestFacts period(int start, int end) {
        this.startYear = start;
        this.endYear = end;
        return this;
    }

    TestFacts total(String weight, String score) {
        this.totalWeight = decimal(weight);
        this.totalScore = decimal(score);
        return this;
    }

    TestFacts grades(String reported, String earned, String min, String max) {
        this.reportedGrade = reported;
        this.grade = earned;
        this.gradeMin = decimal(min);
        this.gradeMax = decimal(max);
        return this;
    }

    TestFacts problems(int problems) {
        this.problems = problems;
        return this;
    }

    /** Adds an indicator (ids count from 1 in the order added) and returns it to be described. */
    IndicatorBuilder indicator(int level, String name, IndicatorBuilder parent) {
        IndicatorBuilder indicator = new IndicatorBuilder(nextId++, parent == null ? null : parent.id, level, name);
        indicators.add(indicator);
        return indicator;
    }

    TestFacts ledgerYear(Integer year, String initial, String adjustments, String received, String expenditure,
                         String charged) {
        ledgerYears.add(new LedgerYear(year, decimal(initial), decimal(adjustments), decimal(received),
                decimal(expenditure), decimal(charged)));
        return this;
    }

    TestFacts withoutDocument(Integer year, String kind, String amount) {
        withoutDocument.add(new LedgerLine(nextId++, year, kind, decimal(amount), LocalDate.of(2020, 7, 1), "MONTH",
                null, null, null));
        return this;
    }

    TestFacts outsideLedger(Integer year, String amount, Long parentId, String parentAmount, String label) {
        outsideLedger.add(new LedgerLine(nextId++, year, "EXPENDITURE", decimal(amount), null, null, parentId,
                decimal(parentAmount), label));
        return this;
    }

    TestFacts breakdown(Integer year, String amount, String partsTotal, int parts) {
        breakdowns.add(new Breakdown(nextId++, year, "EXPENDITURE", decimal(amount), decimal(partsTotal), parts));
        return this;
    }

    TestFacts statedRate(Integer year, String measure, String value) {
        statedRates.add(new StatedRate(nextId++, year, measure, "预算执行率", decimal(value), null));
        return this;
    }

    TestFacts metricRate(String value, String numerator, String denominator) {
        metricRates.add(new MetricRate(nextId++, "CONNECTION_RATE", "接通率", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 31), decimal(value), decimal(numerator), decimal(denominator)));
        return this;
    }

    TestFacts declared(String kind, String level2, String name, String code) {
        declaredTargets.add(new DeclaredTarget(nextId++, kind, startYear, endYear, null, "产出指标", level2, name, code,
                null, null, null, "明显"));
        return this;
    }

    EvaluationFacts build() {
        Evaluation evaluation = new Evaluation(1000, 2000, 3000, kind, startYear, endYear, totalWeight, totalScore,
                reportedGrade, null, reportedGrade == null ? null : "良好", grade, grade == null ? null : "优秀",
                gradeMin, gradeMax, problems);
        return new EvaluationFacts(evaluation, indicators.stream().map(IndicatorBuilder::build).toList(), ledgerYears,
                withoutDocument, outsideLedger, breakdowns, statedRates, metricRates, declaredTargets);
    }

    List<FoundFlag> check(Check check) {
        return check.check(build());
    }

    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** One indicator being described. */
    static final class IndicatorBuilder {

        final long id;
        private final Long parentId;
        private final int level;
        private final String name;
        private String code;
        private boolean ruleText;
        private ScoringRule rule;
        private ScoringRule catalogueRule;
        private String targetOperator;
        private BigDecimal target;
        private String targetUnit;
        private BigDecimal actual;
        private String actualUnit;
        private String actualText;
        private BigDecimal weight;
        private BigDecimal score;
        private BigDecimal deducted;
        private BigDecimal statedScoreRate;
        private boolean notApplicable;
        private int deductions;
        private BigDecimal deductionPoints;
        private int deductionsWithoutPoints;

        private IndicatorBuilder(long id, Long parentId, int level, String name) {
            this.id = id;
            this.parentId = parentId;
            this.level = level;
            this.name = name;
        }

        IndicatorBuilder code(String code) {
            this.code = code;
            return this;
        }

        IndicatorBuilder weight(String weight) {
            this.weight = decimal(weight);
            return this;
        }

        IndicatorBuilder score(String score) {
            this.score = decimal(score);
            return this;
        }

        IndicatorBuilder scored(String weight, String score) {
            return weight(weight).score(score);
        }

        IndicatorBuilder deducted(String points) {
            this.deducted = decimal(points);
            return this;
        }

        IndicatorBuilder deductions(int count, String points, int withoutPoints) {
            this.deductions = count;
            this.deductionPoints = decimal(points);
            this.deductionsWithoutPoints = withoutPoints;
            return this;
        }

        IndicatorBuilder statedScoreRate(String rate) {
            this.statedScoreRate = decimal(rate);
            return this;
        }

        IndicatorBuilder target(String operator, String value, String unit) {
            this.targetOperator = operator;
            this.target = decimal(value);
            this.targetUnit = unit;
            return this;
        }

        IndicatorBuilder actual(String value, String unit) {
            this.actual = decimal(value);
            this.actualUnit = unit;
            return this;
        }

        IndicatorBuilder actualText(String text) {
            this.actualText = text;
            return this;
        }

        IndicatorBuilder rule(ScoringRule rule) {
            this.rule = rule;
            this.ruleText = true;
            return this;
        }

        IndicatorBuilder ruleText() {
            this.ruleText = true;
            return this;
        }

        IndicatorBuilder catalogueRule(ScoringRule rule) {
            this.catalogueRule = rule;
            return this;
        }

        IndicatorBuilder notApplicable() {
            this.notApplicable = true;
            return this;
        }

        Indicator build() {
            return new Indicator(id, 1000, parentId, level, name, code, ruleText, rule, catalogueRule, targetOperator,
                    target, targetUnit, null, actual, actualUnit, actualText, weight, score, deducted,
                    statedScoreRate, notApplicable, deductions, deductionPoints, deductionsWithoutPoints);
        }
    }
}
