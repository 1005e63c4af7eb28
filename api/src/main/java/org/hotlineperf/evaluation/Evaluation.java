package org.hotlineperf.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A performance evaluation (绩效评价) as the report states it: kind, evaluator, commissioning body, period,
 * total score, the grade that score earns by the {@code grade_band} table (the single definition of grades)
 * and the grade the report itself gives.
 */
public record Evaluation(
        long id,
        long projectId,
        String reportKey,
        String kind,
        String evaluatorName,
        String commissionedByName,
        int periodStartYear,
        int periodEndYear,
        LocalDate reportedOn,
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        String scoreTableTitle,
        BigDecimal totalWeight,
        BigDecimal totalScore,
        String grade,
        String reportedGrade,
        String reportedGradeText,
        String conclusion) {
}
