package org.hotlineperf.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * A scoring rule (评价标准) as data: what score an indicator earns for its actual. An indicator carries one where
 * its report states a rule that a kind below expresses exactly; a catalogue indicator may carry one as the default
 * of its code. Rates are fractions, as stored (0.9 for 90%).
 */
public sealed interface ScoringRule {

    /** The unit of rates in stored form. */
    String PERCENT = "%";

    /** The kinds of rule, as named in the import format and the API. */
    enum Kind {
        /** Full marks at a threshold, a fixed number of points off per step below (资金到位率, 满意度). */
        THRESHOLD_STEP,
        /** Full marks at 95% or more, a share of the weight off per point below, nothing under a floor. */
        BUDGET_EXECUTION,
        /** actual / target × weight, capped at the weight (target / actual for an upper-bound target). */
        PROPORTIONAL,
        /** A share of the weight for each printed qualitative result (达成 / 部分达成 / 未达成). */
        QUALITATIVE_BANDS
    }

    Kind kind();

    /**
     * The score this rule gives for the input, or null when the input lacks what the rule needs: a weight, an
     * actual in the rule's unit, a target for a proportional rule, a printed result the bands name.
     */
    ScoreRange score(RuleInput input);

    /** The rule in a sentence, for messages: e.g. "full marks above 90%, 0.5 points off per 5 points below". */
    String summary();

    /** The same in Chinese. */
    String summaryZh();

    /**
     * Full marks when the actual reaches {@code threshold} ({@code inclusive}: at it, else only above it);
     * below, {@code pointsPerStep} points off per {@code step} of shortfall, never below 0 (扣完为止).
     * {@code unit} is the unit the actual must have; {@code stepCounting} null leaves partial steps open.
     */
    record ThresholdStep(BigDecimal threshold, boolean inclusive, BigDecimal step, BigDecimal pointsPerStep,
                         String unit, StepCounting stepCounting) implements ScoringRule {

        public ThresholdStep {
            Objects.requireNonNull(threshold, "threshold");
            Steps.requirePositive(step, "step");
            Steps.requireNonNegative(pointsPerStep, "pointsPerStep");
        }

        @Override
        public Kind kind() {
            return Kind.THRESHOLD_STEP;
        }

        @Override
        public ScoreRange score(RuleInput input) {
            if (input.weight() == null || input.actual() == null || !Objects.equals(unit, input.actualUnit())) {
                return null;
            }
            if (Steps.reaches(input.actual(), threshold, inclusive)) {
                return ScoreRange.exactly(input.weight());
            }
            return Steps.deduct(threshold.subtract(input.actual()), step, pointsPerStep, input.weight(),
                    stepCounting);
        }

        @Override
        public String summary() {
            return "full marks " + (inclusive ? "at " : "above ") + Steps.figure(threshold, unit)
                    + (inclusive ? " or more" : "") + ", " + Steps.plain(pointsPerStep) + " points off per "
                    + Steps.difference(step, unit) + " below" + Steps.counting(stepCounting) + ", down to 0";
        }

        @Override
        public String summaryZh() {
            return Steps.figure(threshold, unit) + (inclusive ? "及以上" : "以上（不含）") + "得满分，每低"
                    + Steps.differenceZh(step, unit) + "扣" + Steps.plain(pointsPerStep) + "分"
                    + Steps.countingZh(stepCounting) + "，扣完为止";
        }
    }

    /**
     * Budget execution (预算执行率): full marks at {@code threshold} or more; below, {@code weightSharePerStep} of
     * the weight off per {@code step}; nothing below {@code zeroBelow} (at it too when {@code zeroInclusive}).
     * The actual is a rate. {@link #STANDARD} is 95% / 1% of the weight per point / 60%.
     */
    record BudgetExecution(BigDecimal threshold, boolean inclusive, BigDecimal step, BigDecimal weightSharePerStep,
                           BigDecimal zeroBelow, boolean zeroInclusive, StepCounting stepCounting)
            implements ScoringRule {

        public static final BudgetExecution STANDARD = new BudgetExecution(new BigDecimal("0.95"), true,
                new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.6"), false, null);

        public BudgetExecution {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(zeroBelow, "zeroBelow");
            Steps.requirePositive(step, "step");
            Steps.requireNonNegative(weightSharePerStep, "weightSharePerStep");
            if (zeroBelow.compareTo(threshold) > 0) {
                throw new IllegalArgumentException("zeroBelow " + zeroBelow + " is above the threshold " + threshold);
            }
        }

        @Override
        public Kind kind() {
            return Kind.BUDGET_EXECUTION;
        }

        @Override
        public ScoreRange score(RuleInput input) {
            if (input.weight() == null || input.actual() == null || !PERCENT.equals(input.actualUnit())) {
                return null;
            }
            BigDecimal rate = input.actual();
            if (Steps.reaches(rate, threshold, inclusive)) {
                return ScoreRange.exactly(input.weight());
            }
            int floor = rate.compareTo(zeroBelow);
            if (floor < 0 || (floor == 0 && zeroInclusive)) {
                return ScoreRange.exactly(BigDecimal.ZERO);
            }
            return Steps.deduct(threshold.subtract(rate), step, input.weight().multiply(weightSharePerStep),
                    input.weight(), stepCounting);
        }

        @Override
        public String summary() {
            return "full marks at " + Steps.figure(threshold, PERCENT) + (inclusive ? " or more" : " (exclusive)")
                    + ", " + Steps.figure(weightSharePerStep, PERCENT) + " of the weight off per "
                    + Steps.difference(step, PERCENT) + " below" + Steps.counting(stepCounting) + ", 0 "
                    + (zeroInclusive ? "at or below " : "below ") + Steps.figure(zeroBelow, PERCENT);
        }

        @Override
        public String summaryZh() {
            return "预算执行率" + Steps.figure(threshold, PERCENT) + (inclusive ? "及以上" : "以上（不含）") + "得满分，每低"
                    + Steps.differenceZh(step, PERCENT) + "扣权重的" + Steps.figure(weightSharePerStep, PERCENT)
                    + Steps.countingZh(stepCounting) + "，" + Steps.figure(zeroBelow, PERCENT)
                    + (zeroInclusive ? "及以下" : "以下（不含）") + "不得分";
        }
    }

    /**
     * actual / target × weight for a lower-bound target (≥, >, =), target / actual for an upper-bound one (≤, <),
     * capped at the weight; it needs the indicator's target and an actual in the target's unit.
     */
    record Proportional() implements ScoringRule {

        @Override
        public Kind kind() {
            return Kind.PROPORTIONAL;
        }

        @Override
        public ScoreRange score(RuleInput input) {
            if (input.weight() == null || input.actual() == null || input.target() == null
                    || input.targetOperator() == null || !Objects.equals(input.targetUnit(), input.actualUnit())) {
                return null;
            }
            BigDecimal attainment = switch (input.targetOperator()) {
                case "GTE", "GT", "EQ" -> input.target().signum() <= 0 ? null
                        : input.actual().divide(input.target(), MathContext.DECIMAL64);
                case "LTE", "LT" -> input.actual().signum() <= 0 ? BigDecimal.ONE
                        : input.target().divide(input.actual(), MathContext.DECIMAL64);
                default -> null;
            };
            if (attainment == null) {
                return null;
            }
            BigDecimal share = attainment.max(BigDecimal.ZERO).min(BigDecimal.ONE);
            return ScoreRange.exactly(input.weight().multiply(share));
        }

        @Override
        public String summary() {
            return "actual / target × weight, capped at the weight (target / actual for an upper bound)";
        }

        @Override
        public String summaryZh() {
            return "得分 = 实际完成值 / 指标值 × 分值，最高为满分（上限指标为指标值 / 实际完成值）";
        }
    }

    /** The share of the weight ({@code scoreRate}) each printed result earns; the actual text must name a band. */
    record QualitativeBands(List<Band> bands) implements ScoringRule {

        public QualitativeBands {
            bands = List.copyOf(bands);
            if (bands.isEmpty()) {
                throw new IllegalArgumentException("a qualitative rule needs at least one band");
            }
        }

        @Override
        public Kind kind() {
            return Kind.QUALITATIVE_BANDS;
        }

        @Override
        public ScoreRange score(RuleInput input) {
            if (input.weight() == null || input.actualText() == null) {
                return null;
            }
            String result = input.actualText().strip();
            return bands.stream()
                    .filter(band -> band.actual().strip().equals(result))
                    .findFirst()
                    .map(band -> ScoreRange.exactly(input.weight().multiply(band.scoreRate())))
                    .orElse(null);
        }

        @Override
        public String summary() {
            return "by result: " + String.join(", ", bands.stream()
                    .map(band -> band.actual() + " " + Steps.figure(band.scoreRate(), PERCENT) + " of the weight")
                    .toList());
        }

        @Override
        public String summaryZh() {
            return "按结果计分：" + String.join("，", bands.stream()
                    .map(band -> band.actual() + "得分值的" + Steps.figure(band.scoreRate(), PERCENT)).toList());
        }

        /** A printed result and the share of the weight it earns (a fraction, 0 to 1). */
        public record Band(String actual, BigDecimal scoreRate) {

            public Band {
                Objects.requireNonNull(actual, "actual");
                Steps.requireNonNegative(scoreRate, "scoreRate");
                if (scoreRate.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("scoreRate " + scoreRate + " is above 1");
                }
            }
        }
    }
}
