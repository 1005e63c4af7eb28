package org.hotlineperf.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule kind on its boundaries: exactly at the threshold, one step below, a partial step, and the floor.
 * The rules are those the seed reports print (Fumin's 资金到位率, 满意度 and 预算执行率).
 */
class ScoringRuleTest {

    /** 资金到位率大于90%的得满分，每少5个百分点扣0.5分，扣完为止 (Fumin, weight 1). */
    private static final ScoringRule.ThresholdStep FUNDS_RECEIVED = threshold(false, "0.05", "0.5", null);
    /** 社会公众满意度大于90%的得满分，每少1个百分点扣0.3分，扣完为止 (Fumin, weight 10). */
    private static final ScoringRule.ThresholdStep SATISFACTION = threshold(false, "0.01", "0.3", null);

    @Nested
    class ThresholdStep {

        @Test
        void fullMarksAtTheThresholdWhenItIsIncluded() {
            ScoringRule rule = threshold(true, "0.05", "0.5", null);
            assertThat(score(rule, "1", "0.9")).isEqualTo(exactly("1"));
            assertThat(score(rule, "1", "1")).isEqualTo(exactly("1"));
        }

        @Test
        void atAnExcludedThresholdOnlyAStartedStepDeducts() {
            assertThat(score(FUNDS_RECEIVED, "1", "0.9")).isEqualTo(range("0.5", "1"));
            assertThat(score(threshold(false, "0.05", "0.5", StepCounting.WHOLE_STEPS), "1", "0.9"))
                    .isEqualTo(exactly("1"));
            assertThat(score(threshold(false, "0.05", "0.5", StepCounting.STARTED_STEPS), "1", "0.9"))
                    .isEqualTo(exactly("0.5"));
            assertThat(score(FUNDS_RECEIVED, "1", "0.900001")).isEqualTo(exactly("1"));
        }

        @Test
        void oneStepBelowDeductsOneStepHoweverStepsAreCounted() {
            assertThat(score(FUNDS_RECEIVED, "1", "0.85")).isEqualTo(exactly("0.5"));
            for (StepCounting counting : StepCounting.values()) {
                assertThat(score(threshold(false, "0.05", "0.5", counting), "1", "0.85")).isEqualTo(exactly("0.5"));
            }
            assertThat(score(SATISFACTION, "10", "0.89")).isEqualTo(exactly("9.7"));
        }

        @Test
        void aPartialStepDependsOnHowStepsAreCounted() {
            assertThat(score(threshold(false, "0.05", "0.5", StepCounting.WHOLE_STEPS), "1", "0.87"))
                    .isEqualTo(exactly("1"));
            assertThat(score(threshold(false, "0.05", "0.5", StepCounting.STARTED_STEPS), "1", "0.87"))
                    .isEqualTo(exactly("0.5"));
            assertThat(score(threshold(false, "0.05", "0.5", StepCounting.PRO_RATA), "1", "0.87"))
                    .isEqualTo(exactly("0.7"));
            assertThat(score(FUNDS_RECEIVED, "1", "0.87")).isEqualTo(range("0.5", "1"));
        }

        @Test
        void deductsDownToZeroAndNoFurther() {
            assertThat(score(FUNDS_RECEIVED, "1", "0.8")).isEqualTo(exactly("0"));
            assertThat(score(FUNDS_RECEIVED, "1", "0.1")).isEqualTo(exactly("0"));
            assertThat(score(SATISFACTION, "10", "0.5667")).isEqualTo(range("0", "0.1"));
            assertThat(score(SATISFACTION, "10", "0.5")).isEqualTo(exactly("0"));
        }

        @Test
        void needsAnActualInItsUnitAndAWeight() {
            assertThat(FUNDS_RECEIVED.score(new RuleInput(BigDecimal.ONE, new BigDecimal("90"), "万元", null, null,
                    null, null))).isNull();
            assertThat(score(FUNDS_RECEIVED, null, "0.9")).isNull();
            assertThat(score(FUNDS_RECEIVED, "1", null)).isNull();
        }

        @Test
        void refusesAStepOfZero() {
            assertThatThrownBy(() -> threshold(true, "0", "0.5", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        }
    }

    @Nested
    class BudgetExecution {

        private final ScoringRule standard = ScoringRule.BudgetExecution.STANDARD;
        /** Fumin: 预算执行率60%以下，不计分 — 以下 includes the number. */
        private final ScoringRule fumin = new ScoringRule.BudgetExecution(new BigDecimal("0.95"), true,
                new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.6"), true, null);

        @Test
        void fullMarksAtNinetyFivePercentOrMoreOverrunIncluded() {
            assertThat(score(standard, "2", "0.95")).isEqualTo(exactly("2"));
            assertThat(score(standard, "2", "0.995")).isEqualTo(exactly("2"));
            assertThat(score(standard, "2", "1.1238")).isEqualTo(exactly("2"));
        }

        @Test
        void onePointBelowCostsOnePercentOfTheWeight() {
            assertThat(score(standard, "2", "0.94")).isEqualTo(exactly("1.98"));
            assertThat(score(standard, "5", "0.90")).isEqualTo(exactly("4.75"));
        }

        @Test
        void aPartialPointIsLeftOpenUnlessTheRuleSays() {
            assertThat(score(standard, "2", "0.945")).isEqualTo(range("1.98", "2"));
            ScoringRule proRata = new ScoringRule.BudgetExecution(new BigDecimal("0.95"), true, new BigDecimal("0.01"),
                    new BigDecimal("0.01"), new BigDecimal("0.6"), false, StepCounting.PRO_RATA);
            assertThat(score(proRata, "2", "0.945")).isEqualTo(exactly("1.99"));
        }

        @Test
        void nothingBelowTheFloorAndAtItOnlyWhenIncluded() {
            assertThat(score(standard, "2", "0.6")).isEqualTo(exactly("1.3"));
            assertThat(score(fumin, "2", "0.6")).isEqualTo(exactly("0"));
            assertThat(score(standard, "2", "0.5999")).isEqualTo(exactly("0"));
            assertThat(score(fumin, "2", "0.61")).isEqualTo(exactly("1.32"));
        }

        @Test
        void needsARate() {
            assertThat(standard.score(new RuleInput(BigDecimal.TEN, new BigDecimal("95"), null, null, null, null,
                    null))).isNull();
        }

        @Test
        void refusesAFloorAboveTheThreshold() {
            assertThatThrownBy(() -> new ScoringRule.BudgetExecution(new BigDecimal("0.95"), true,
                    new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.96"), false, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zeroBelow");
        }
    }

    @Nested
    class Proportional {

        private final ScoringRule rule = new ScoringRule.Proportional();

        @Test
        void fullMarksAtTheTargetAndCappedAboveIt() {
            assertThat(rule.score(rate("15", "GTE", "0.9", "0.9"))).isEqualTo(exactly("15"));
            assertThat(rule.score(rate("15", "GTE", "0.9", "0.99"))).isEqualTo(exactly("15"));
        }

        @Test
        void belowTheTargetInProportion() {
            assertThat(rule.score(rate("15", "GTE", "0.9", "0.81"))).isEqualTo(exactly("13.5"));
            assertThat(rule.score(rate("10", "EQ", "1", "0.99"))).isEqualTo(exactly("9.9"));
        }

        @Test
        void nothingForNothing() {
            assertThat(rule.score(rate("15", "GTE", "0.9", "0"))).isEqualTo(exactly("0"));
        }

        @Test
        void anUpperBoundScoresTargetOverActual() {
            assertThat(rule.score(new RuleInput(BigDecimal.TEN, new BigDecimal("492"), "万元", null, "LTE",
                    new BigDecimal("492"), "万元"))).isEqualTo(exactly("10"));
            assertThat(rule.score(new RuleInput(BigDecimal.TEN, new BigDecimal("615"), "万元", null, "LTE",
                    new BigDecimal("492"), "万元"))).isEqualTo(exactly("8"));
            assertThat(rule.score(new RuleInput(BigDecimal.TEN, BigDecimal.ZERO, "万元", null, "LT",
                    new BigDecimal("492"), "万元"))).isEqualTo(exactly("10"));
        }

        @Test
        void needsATargetInTheActualsUnit() {
            assertThat(rule.score(new RuleInput(BigDecimal.TEN, new BigDecimal("0.9"), "%", null, null, null,
                    null))).isNull();
            assertThat(rule.score(new RuleInput(BigDecimal.TEN, new BigDecimal("492"), "万元", null, "LTE",
                    new BigDecimal("4920000"), "元"))).isNull();
        }
    }

    @Nested
    class QualitativeBands {

        private final ScoringRule rule = new ScoringRule.QualitativeBands(List.of(
                new ScoringRule.QualitativeBands.Band("达成预期指标", BigDecimal.ONE),
                new ScoringRule.QualitativeBands.Band("部分达成", new BigDecimal("0.6")),
                new ScoringRule.QualitativeBands.Band("未达成", BigDecimal.ZERO)));

        @Test
        void eachPrintedResultEarnsItsShare() {
            assertThat(rule.score(result("10", "达成预期指标"))).isEqualTo(exactly("10"));
            assertThat(rule.score(result("10", " 部分达成 "))).isEqualTo(exactly("6"));
            assertThat(rule.score(result("10", "未达成"))).isEqualTo(exactly("0"));
        }

        @Test
        void anUnnamedResultGivesNoScore() {
            assertThat(rule.score(result("10", "显著"))).isNull();
            assertThat(rule.score(result("10", null))).isNull();
        }

        @Test
        void refusesAShareAboveTheWeight() {
            assertThatThrownBy(() -> new ScoringRule.QualitativeBands.Band("超额完成", new BigDecimal("1.2")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private RuleInput result(String weight, String text) {
            return new RuleInput(new BigDecimal(weight), null, null, text, null, null, null);
        }
    }

    @Nested
    class StoredForm {

        @Test
        void everyKindReadsBackAsWritten() {
            List<ScoringRule> rules = List.of(FUNDS_RECEIVED, threshold(true, "0.01", "0.3", StepCounting.PRO_RATA),
                    ScoringRule.BudgetExecution.STANDARD, new ScoringRule.Proportional(),
                    new ScoringRule.QualitativeBands(List.of(
                            new ScoringRule.QualitativeBands.Band("达成", BigDecimal.ONE),
                            new ScoringRule.QualitativeBands.Band("未达成", BigDecimal.ZERO))));
            for (ScoringRule rule : rules) {
                assertThat(ScoringRuleJson.read(ScoringRuleJson.write(rule))).isEqualTo(rule);
            }
        }

        @Test
        void theCatalogueDefaultOfTheMigrationIsTheStandardBudgetExecutionRule() {
            assertThat(ScoringRuleJson.read("{\"kind\": \"BUDGET_EXECUTION\", \"threshold\": \"0.95\", "
                    + "\"inclusive\": true, \"step\": \"0.01\", \"weightSharePerStep\": \"0.01\", \"zeroBelow\": \"0.6\", "
                    + "\"zeroInclusive\": false}")).isEqualTo(ScoringRule.BudgetExecution.STANDARD);
        }
    }

    @Nested
    class WhichRuleApplies {

        private final RuleInput quantitative = rate("15", "GTE", "0.9", "0.99");

        @Test
        void theIndicatorsOwnRuleFirst() {
            assertThat(AppliedRule.resolve(FUNDS_RECEIVED, true, ScoringRule.BudgetExecution.STANDARD, quantitative))
                    .isEqualTo(new AppliedRule(ScoringRuleSource.INDICATOR, FUNDS_RECEIVED));
        }

        @Test
        void aRulePrintedInWordsOnlyLeavesNothingToApply() {
            assertThat(AppliedRule.resolve(null, true, ScoringRule.BudgetExecution.STANDARD, quantitative)).isNull();
        }

        @Test
        void thenTheCatalogueDefaultThenProportional() {
            assertThat(AppliedRule.resolve(null, false, ScoringRule.BudgetExecution.STANDARD, quantitative).source())
                    .isEqualTo(ScoringRuleSource.CATALOGUE);
            assertThat(AppliedRule.resolve(null, false, null, quantitative).source())
                    .isEqualTo(ScoringRuleSource.PROPORTIONAL_DEFAULT);
            assertThat(AppliedRule.resolve(null, false, null,
                    new RuleInput(BigDecimal.TEN, null, null, "显著", null, null, null))).isNull();
        }
    }

    private static ScoringRule.ThresholdStep threshold(boolean inclusive, String step, String points,
                                                       StepCounting counting) {
        return new ScoringRule.ThresholdStep(new BigDecimal("0.9"), inclusive, new BigDecimal(step),
                new BigDecimal(points), ScoringRule.PERCENT, counting);
    }

    private static ScoreRange score(ScoringRule rule, String weight, String actualRate) {
        return rule.score(new RuleInput(weight == null ? null : new BigDecimal(weight),
                actualRate == null ? null : new BigDecimal(actualRate), ScoringRule.PERCENT, null, null, null, null));
    }

    private static RuleInput rate(String weight, String operator, String target, String actual) {
        return new RuleInput(new BigDecimal(weight), new BigDecimal(actual), "%", null, operator,
                new BigDecimal(target), "%");
    }

    private static ScoreRange exactly(String score) {
        return ScoreRange.exactly(new BigDecimal(score));
    }

    private static ScoreRange range(String lowest, String highest) {
        return new ScoreRange(new BigDecimal(lowest), new BigDecimal(highest));
    }
}
