package org.hotlineperf.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One node of an evaluation's indicator tree (一级/二级/三级指标): target, actual, weight (分值), score (得分)
 * and the deductions with their reasons. Values with unit % are fractions. {@code version} rises with every edit (optimistic locking).
 */
public record Indicator(
        long id,
        long evaluationId,
        Long parentId,
        int level,
        String name,
        String code,
        String definition,
        String scoringRule,
        Measure target,
        Measure actual,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal pointsDeducted,
        BigDecimal statedScoreRate,
        boolean notApplicable,
        String comment,
        List<Deduction> deductions,
        int version) {

    /** The deduction reasons (扣分原因) joined in report order; null where nothing was deducted. */
    public String deductionReason() {
        return deductions.isEmpty() ? null
                : deductions.stream().map(Deduction::reason).collect(Collectors.joining("；"));
    }

    /** A target or actual value: operator (targets only), value, unit and the text as printed. */
    public record Measure(String operator, BigDecimal value, String unit, String text) {
    }

    /** One deduction (扣分) with its points where stated and its reason. */
    public record Deduction(BigDecimal points, String reason) {
    }
}
