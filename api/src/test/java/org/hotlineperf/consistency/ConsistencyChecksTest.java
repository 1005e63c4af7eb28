package org.hotlineperf.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hotlineperf.consistency.TestFacts.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotlineperf.consistency.TestFacts.IndicatorBuilder;
import org.hotlineperf.scoring.ScoringRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each check on hand-built facts: a case it must flag and one it must leave alone, with the figures of the flag.
 */
class ConsistencyChecksTest {

    @Test
    void everyCodeHasExactlyOneCheck() {
        assertThat(ConsistencyChecks.all()).extracting(Check::code).containsExactlyInAnyOrder(FlagCode.values());
    }

    @Nested
    class ScoreSum {

        private final Check check = new ScoreSumCheck();

        @Test
        void partsThatDoNotAddUpToTheStatedScore() {
            TestFacts facts = evaluation().total("100", "48");
            IndicatorBuilder output = facts.indicator(1, "产出指标", null).scored("50", "48");
            facts.indicator(2, "接通率", output).scored("25", "25");
            facts.indicator(2, "按时办结率", output).scored("25", "20");
            facts.indicator(1, "效益指标", null).scored("50", "0");

            List<FoundFlag> flags = facts.check(check);

            assertThat(flags).extracting(FoundFlag::indicatorId, FoundFlag::severity, FoundFlag::message)
                    .containsExactly(tuple(output.id, FlagSeverity.ERROR,
                            "The scores of the parts of “产出指标” add up to 45, not its stated score 48."));
            assertThat(values(flags.getFirst())).containsEntry("statedScore", "48").containsEntry("partsTotal", "45")
                    .containsEntry("parts", "2");
        }

        @Test
        void theTotalAgainstTheLevelOneScoresAndWeights() {
            TestFacts facts = evaluation().total("100", "88");
            facts.indicator(1, "项目立项", null).scored("15", "8");
            facts.indicator(1, "项目管理", null).scored("35", "33");
            facts.indicator(1, "项目绩效", null).scored("45", "46.5");

            assertThat(facts.check(check)).extracting(FoundFlag::indicatorId, FoundFlag::message).containsExactly(
                    tuple(null, "The level-1 scores add up to 87.5, not the stated total score 88."),
                    tuple(null, "The level-1 weights add up to 95, not the stated total weight 100."));
        }

        @Test
        void valuesStatedAtAnotherLevelAddUpThroughIt() {
            TestFacts facts = evaluation().total("100", "100");
            IndicatorBuilder output = facts.indicator(1, "产出指标", null).weight("50");
            IndicatorBuilder quantity = facts.indicator(2, "数量指标", output);
            facts.indicator(3, "接通率", quantity).scored("30", "30");
            facts.indicator(3, "问题解决率", quantity).scored("20", "20");
            IndicatorBuilder benefit = facts.indicator(1, "效益指标", null).weight("50");
            facts.indicator(2, "生态效益指标", benefit).notApplicable();
            facts.indicator(2, "社会效益指标", benefit).scored("50", "50");

            assertThat(facts.check(check)).isEmpty();
        }

        @Test
        void pointsDeductedAgainstWeightLessScoreAndTheItemisedDeductions() {
            TestFacts facts = evaluation().total(null, null);
            facts.indicator(1, "项目决策", null).scored("19", "16").deducted("3").deductions(3, "3", 0);
            IndicatorBuilder wrong = facts.indicator(1, "项目过程", null).scored("21", "16").deducted("4")
                    .deductions(2, "5", 0);
            facts.indicator(1, "项目产出", null).deducted("2").deductions(2, "1", 1);

            assertThat(facts.check(check)).extracting(FoundFlag::indicatorId, FoundFlag::messageZh).containsExactly(
                    tuple(wrong.id, "“项目过程”分值21分、得分16分，应扣5分，所列扣分为4分。"),
                    tuple(wrong.id, "“项目过程”各项扣分合计5分，与所列扣分4分不符。"));
        }
    }

    @Nested
    class ScoreExceedsWeight {

        private final Check check = new ScoreExceedsWeightCheck();

        @Test
        void aScoreAboveItsWeight() {
            TestFacts facts = evaluation().total("100", "101");
            IndicatorBuilder over = facts.indicator(1, "满意度", null).scored("10", "10.5");
            facts.indicator(1, "产出", null).scored("90", "90");

            assertThat(facts.check(check)).extracting(FoundFlag::indicatorId, FoundFlag::message).containsExactly(
                    tuple(null, "The total score 101 exceeds the total weight 100."),
                    tuple(over.id, "“满意度” scores 10.5, more than its weight 10."));
        }

        @Test
        void fullMarksAreNotAboveTheWeight() {
            TestFacts facts = evaluation().total("100", "100");
            facts.indicator(1, "满意度", null).scored("10", "10");
            facts.indicator(1, "不适用", null).scored("0", "1").notApplicable();

            assertThat(facts.check(check)).isEmpty();
        }
    }

    @Nested
    class Grade {

        private final Check check = new GradeCheck();

        @Test
        void aStatedGradeTheTotalDoesNotEarn() {
            List<FoundFlag> flags = evaluation().total("100", "92").grades("GOOD", "EXCELLENT", "90", null)
                    .check(check);

            assertThat(flags).extracting(FoundFlag::message).containsExactly(
                    "The report grades the evaluation GOOD (良好), but a total score of 92 earns EXCELLENT (90 or more).");
            assertThat(values(flags.getFirst())).containsEntry("totalScore", "92").containsEntry("gradeMinScore", "90")
                    .doesNotContainKey("gradeMaxScore");
        }

        @Test
        void theGradeTheTotalEarnsOrNoneStated() {
            assertThat(evaluation().total("100", "87.5").grades("GOOD", "GOOD", "80", "90").check(check)).isEmpty();
            assertThat(evaluation().total("100", "100").grades(null, "EXCELLENT", "90", null).check(check)).isEmpty();
        }
    }

    @Nested
    class TargetMissedFullScore {

        private final Check check = new TargetMissedFullScoreCheck();

        @Test
        void aMissedTargetWithFullMarks() {
            TestFacts facts = evaluation();
            IndicatorBuilder satisfaction = facts.indicator(3, "满意度", null).target("GTE", "0.95", "%")
                    .actual("0.911", "%").scored("10", "10");

            assertThat(facts.check(check)).extracting(FoundFlag::indicatorId, FoundFlag::severity, FoundFlag::messageZh)
                    .containsExactly(tuple(satisfaction.id, FlagSeverity.WARNING,
                            "“满意度”未达到指标值95%（实际完成91.1%），但得满分（10分/10分）。"));
        }

        @Test
        void aMetTargetADeductionOrTwoUnits() {
            TestFacts facts = evaluation();
            facts.indicator(3, "按时办结率", null).target("GTE", "0.99", "%").actual("0.99", "%").scored("10", "10");
            facts.indicator(3, "满意度", null).target("GTE", "0.95", "%").actual("0.911", "%").scored("10", "9");
            facts.indicator(3, "成本", null).target("LTE", "492", "万元").actual("4930000", "元").scored("10", "10");
            facts.indicator(3, "质量", null).target(null, null, null).actualText("目标未完成").scored("5", "5");

            assertThat(facts.check(check)).isEmpty();
        }
    }

    @Nested
    class StatedRate {

        private final Check check = new StatedRateCheck();

        @Test
        void aStatedExecutionRateItsOwnLedgerContradicts() {
            List<FoundFlag> flags = evaluation().period(2018, 2020)
                    .ledgerYear(2018, "542000.00", "0.00", null, "610500.00", "68500.00")
                    .ledgerYear(2019, "962000.00", "0.00", null, "1215500.00", "253500.00")
                    .ledgerYear(2020, "1137200.00", "2094200.00", null, "3495700.00", "264300.00")
                    .ledgerYear(null, null, "0.00", "4735400.00", null, null)
                    .statedRate(null, "BUDGET_EXECUTION_RATE", "1")
                    .statedRate(null, "FUNDS_RECEIVED_RATE", "1")
                    .check(check);

            assertThat(flags).hasSize(1);
            assertThat(flags.getFirst().fiscalYear()).isNull();
            assertThat(flags.getFirst().periodStartYear()).isEqualTo(2018);
            assertThat(flags.getFirst().messageZh()).isEqualTo("2018-2020年报告所列预算执行率为100%，但按其自身数据"
                    + "（实际支出532.17万元 / 全年预算数473.54万元）计算应为112.38%。");
            assertThat(values(flags.getFirst())).containsEntry("statedRate", "1")
                    .containsEntry("expenditure", "5321700.00").containsEntry("finalBudget", "4735400.00");
        }

        @Test
        void ratesAgreeAtThePrecisionTheyArePrintedWith() {
            assertThat(StatedRateCheck.agrees(new BigDecimal("0.979"), new BigDecimal("0.978978"))).isTrue();
            assertThat(StatedRateCheck.agrees(new BigDecimal("0.9428"), new BigDecimal("0.942857"))).isTrue();
            assertThat(StatedRateCheck.agrees(new BigDecimal("0.9429"), new BigDecimal("0.942857"))).isTrue();
            assertThat(StatedRateCheck.agrees(new BigDecimal("1"), new BigDecimal("0.996"))).isTrue();
            assertThat(StatedRateCheck.agrees(new BigDecimal("0.9427"), new BigDecimal("0.942857"))).isFalse();
            assertThat(StatedRateCheck.agrees(new BigDecimal("1"), new BigDecimal("1.1238"))).isFalse();
        }

        @Test
        void aStatedScoreRateAndAnOperatingRateAgainstTheirParts() {
            TestFacts facts = evaluation().metricRate("1", "5932", "5932").metricRate("0.9744", "9000", "10000");
            facts.indicator(1, "项目管理", null).scored("35", "33").statedScoreRate("0.9428");
            IndicatorBuilder wrong = facts.indicator(1, "项目立项", null).scored("15", "8").statedScoreRate("0.6");

            assertThat(facts.check(check)).extracting(FoundFlag::indicatorId, FoundFlag::message).containsExactly(
                    tuple(wrong.id, "“项目立项”: the stated score rate 60% contradicts its score 8 of 15 (53.33%)."),
                    tuple(null, "接通率 (CONNECTION_RATE, 2020-01-01 to 2020-01-31): the stated 97.44% contradicts "
                            + "9000 / 10000 = 90%."));
        }

        @Test
        void aRateWithoutItsFiguresIsNotChecked() {
            assertThat(evaluation().statedRate(2020, "BUDGET_EXECUTION_RATE", "0.979").check(check)).isEmpty();
            assertThat(evaluation().ledgerYear(2020, null, "0.00", null, "9104600.00", null)
                    .statedRate(2020, "BUDGET_EXECUTION_RATE", "0.5").check(check)).isEmpty();
        }
    }

    @Nested
    class BudgetOverrun {

        private final Check check = new BudgetOverrunCheck();

        @Test
        void spendingAboveTheFinalBudgetOfAYear() {
            List<FoundFlag> flags = evaluation().period(2018, 2020)
                    .ledgerYear(2018, "542000.00", "0.00", null, "610500.00", "68500.00")
                    .ledgerYear(2020, "9870900.00", "-570800.00", null, "9104600.00", null)
                    .check(check);

            assertThat(flags).extracting(FoundFlag::fiscalYear, FoundFlag::severity, FoundFlag::messageZh)
                    .containsExactly(tuple(2018, FlagSeverity.WARNING,
                            "2018年实际支出61.05万元，超过全年预算数54.20万元，超支6.85万元（超预算12.64%）。"));
            assertThat(values(flags.getFirst())).containsEntry("finalBudget", "542000.00")
                    .containsEntry("overrunAmount", "68500.00");
        }

        @Test
        void spendingTheBudgetExactlyIsNoOverrun() {
            assertThat(evaluation().ledgerYear(2024, "4920000.00", "0.00", null, "4920000.00", null).check(check))
                    .isEmpty();
            assertThat(evaluation().ledgerYear(null, "4920000.00", "0.00", null, "5000000.00", null).check(check))
                    .isEmpty();
        }
    }

    @Nested
    class ChargedToOtherFunds {

        private final Check check = new ChargedToOtherFundsCheck();

        @Test
        void spendingPaidFromOtherFunds() {
            assertThat(evaluation().ledgerYear(2019, "962000.00", "0.00", null, "1215500.00", "253500.00")
                    .check(check)).extracting(FoundFlag::fiscalYear, FoundFlag::message).containsExactly(tuple(2019,
                    "2019: 253,500.00 yuan of the expenditure of 1,215,500.00 yuan was charged to other funds "
                            + "(公用经费列支), outside the project budget."));
        }

        @Test
        void noneChargedElsewhere() {
            assertThat(evaluation().ledgerYear(2019, "962000.00", "0.00", null, "900000.00", null).check(check))
                    .isEmpty();
        }
    }

    @Nested
    class AdjustmentWithoutDocument {

        private final Check check = new AdjustmentDocumentCheck();

        @Test
        void anAdjustmentTheReportSaysHasNoDocument() {
            List<FoundFlag> flags = evaluation().ledgerYear(2020, "9870900.00", "-570800.00", null, "9104600.00", null)
                    .withoutDocument(2020, "BUDGET_ADJUSTMENT", "-570800.00").check(check);

            assertThat(flags).extracting(FoundFlag::messageZh).containsExactly("2020年预算追减57.08万元，未提供预算调整文件。");
            assertThat(values(flags.getFirst())).containsEntry("adjustment", "-570800.00")
                    .containsEntry("finalBudget", "9300100.00").containsEntry("date", "2020-07-01");
        }

        @Test
        void anAdjustmentCitingNoDocumentNumberIsNotFlagged() {
            assertThat(evaluation().ledgerYear(2020, "1137200.00", "2094200.00", null, "3495700.00", null)
                    .check(check)).isEmpty();
        }
    }

    @Nested
    class Ledger {

        private final Check check = new LedgerCheck();

        @Test
        void spendingOutsideTheProjectLedger() {
            List<FoundFlag> flags = evaluation()
                    .ledgerYear(2020, "9870900.00", "-570800.00", null, "9104600.00", null)
                    .outsideLedger(2020, "122300.00", 7L, "4579600.00", "行政服务中心日常运作经费")
                    .check(check);

            assertThat(flags).extracting(FoundFlag::severity, FoundFlag::messageZh).containsExactly(
                    tuple(FlagSeverity.WARNING, "2020年报告支出457.96万元（行政服务中心日常运作经费），项目明细账仅列支445.73万元，"
                            + "12.23万元未列入专项核算。"));
            assertThat(values(flags.getFirst())).containsEntry("bookedInProjectLedger", "4457300.00");
        }

        @Test
        void partsAddingUpToMoreThanTheirLine() {
            assertThat(evaluation().breakdown(2018, "542000.00", "552000.00", 3).check(check))
                    .extracting(FoundFlag::severity).containsExactly(FlagSeverity.ERROR);
        }

        @Test
        void partsNamingOnlySomeOfTheLineAreNoMismatch() {
            assertThat(evaluation().breakdown(2018, "610500.00", "68500.00", 1)
                    .breakdown(2020, "19900.00", "19900.00", 3).check(check)).isEmpty();
        }
    }

    @Nested
    class PerfectScore {

        private final Check check = new PerfectScoreCheck();

        @Test
        void fullMarksAndNoProblem() {
            assertThat(evaluation().total("100", "100").problems(0).check(check))
                    .extracting(FoundFlag::code, FoundFlag::fiscalYear).containsExactly(
                            tuple(FlagCode.PERFECT_SCORE_NO_PROBLEMS, 2020));
        }

        @Test
        void fullMarksWithAProblemOrProblemsWithoutFullMarks() {
            assertThat(evaluation().total("100", "100").problems(1).check(check)).isEmpty();
            assertThat(evaluation().total("100", "97").problems(0).check(check)).isEmpty();
        }
    }

    @Nested
    class DeclaredTarget {

        private final Check check = new DeclaredTargetCheck();

        @Test
        void aDeclaredTargetTheSelfEvaluationNeverScored() {
            TestFacts facts = evaluation().declared("ANNUAL", "数量指标", "日均受理话务量", "DAILY_CALLS_RECEIVED")
                    .declared("MEDIUM_TERM", "数量指标", "日均受理话务量", "DAILY_CALLS_RECEIVED");
            IndicatorBuilder quantity = facts.indicator(2, "数量指标", null);
            facts.indicator(3, "接通率", quantity).code("CONNECTION_RATE").scored("15", "15");

            List<FoundFlag> flags = facts.check(check);

            assertThat(flags).extracting(FoundFlag::message).containsExactly("Declared target “日均受理话务量” (产出指标 / "
                    + "数量指标, 明显) is not scored by the evaluation; under 数量指标 it scores “接通率” instead.");
            assertThat(values(flags.getFirst())).containsEntry("declarations", "ANNUAL, MEDIUM_TERM");
        }

        @Test
        void scoredByCodeOrByNameOrJudgedByAnotherKindOfEvaluation() {
            TestFacts facts = evaluation().declared("ANNUAL", "成本指标", "项目控制数", "COST_CONTROL")
                    .declared("ANNUAL", "满意度指标", "群众 满意度", null);
            facts.indicator(2, "成本指标", null).code("COST_CONTROL");
            facts.indicator(3, "群众满意度", null).scored("10", "10");
            assertThat(facts.check(check)).isEmpty();

            assertThat(evaluation().kind("THIRD_PARTY").declared("ANNUAL", "服务效率", "回访率", "CALLBACK_RATE")
                    .check(check)).isEmpty();
        }

        @Test
        void aTargetOfAGroupMarkedNotApplicable() {
            TestFacts facts = evaluation().declared("ANNUAL", "生态效益", "促进生态发展", null);
            facts.indicator(2, "生态效益指标", null).notApplicable();

            assertThat(facts.check(check)).extracting(FoundFlag::messageZh).containsExactly("绩效目标申报表中的“促进生态发展”"
                    + "（产出指标/生态效益，指标值明显）未纳入评价评分；评价将“生态效益指标”列为不涉及。");
        }
    }

    @Nested
    class RuleScore {

        private final Check check = new RuleScoreCheck();
        private final ScoringRule fundsReceived = new ScoringRule.ThresholdStep(new BigDecimal("0.9"), false,
                new BigDecimal("0.05"), new BigDecimal("0.5"), ScoringRule.PERCENT, null);

        @Test
        void aScoreItsStatedRuleDoesNotGive() {
            TestFacts facts = evaluation();
            IndicatorBuilder received = facts.indicator(3, "资金到位率", null).rule(fundsReceived)
                    .actual("0.85", "%").scored("1", "1");

            List<FoundFlag> flags = facts.check(check);

            assertThat(flags).extracting(FoundFlag::indicatorId, FoundFlag::severity).containsExactly(
                    tuple(received.id, FlagSeverity.ERROR));
            assertThat(flags.getFirst().message()).isEqualTo("“资金到位率”: the stated rule (full marks above 90%, "
                    + "0.5 points off per 5 percentage points below, down to 0) gives 0.5 for the actual 85%; the "
                    + "report scores 1.");
            assertThat(values(flags.getFirst())).containsEntry("ruleScoreLowest", "0.5")
                    .containsEntry("ruleSource", "INDICATOR");
        }

        @Test
        void aScoreWithinTheRangeARuleLeavesOpenOrWithinRounding() {
            TestFacts facts = evaluation();
            facts.indicator(3, "资金到位率", null).rule(fundsReceived).actual("0.87", "%").scored("1", "0.5");
            facts.indicator(3, "到位率", null).rule(fundsReceived).actual("0.87", "%").scored("1", "1");
            facts.indicator(3, "接通率", null).target("GTE", "0.9", "%").actual("0.8", "%").scored("15", "13.3");
            assertThat(facts.check(check)).isEmpty();
        }

        @Test
        void aDefaultRuleTheReportNeverStatedOnlyInforms() {
            TestFacts facts = evaluation();
            facts.indicator(1, "预算执行率", null).catalogueRule(ScoringRule.BudgetExecution.STANDARD)
                    .actual("0.8", "%").scored("10", "10");
            facts.indicator(3, "接通率", null).target("GTE", "0.9", "%").actual("0.45", "%").scored("15", "15");

            assertThat(facts.check(check)).extracting(FoundFlag::severity, FoundFlag::message).containsExactly(
                    tuple(FlagSeverity.INFO, "“预算执行率”: the catalogue default rule (full marks at 95% or more, 1% of "
                            + "the weight off per 1 percentage point below, 0 below 60%) gives 8.5 for the actual 80%; "
                            + "the report scores 10."),
                    tuple(FlagSeverity.INFO, "“接通率”: the default proportional rule (actual / target × weight, capped "
                            + "at the weight (target / actual for an upper bound)) gives 7.5 for the actual 45%; the "
                            + "report scores 15."));
        }

        @Test
        void aRuleInWordsOnlyIsNotRecomputed() {
            TestFacts facts = evaluation();
            facts.indicator(3, "质量达标率", null).ruleText().target("GTE", "0.95", "%").actual("0.5", "%")
                    .scored("12", "12");
            assertThat(facts.check(check)).isEmpty();
        }
    }

    /** The evidence of a flag by name, values as plain strings (texts where there is no value). */
    private static Map<String, String> values(FoundFlag flag) {
        return flag.evidence().stream().collect(Collectors.toMap(Evidence::name,
                evidence -> evidence.value() != null ? evidence.value().toPlainString() : evidence.text()));
    }
}
