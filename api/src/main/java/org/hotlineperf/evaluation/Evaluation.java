package org.hotlineperf.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hotlineperf.calendar.PartialDate;
import org.hotlineperf.organisation.Organisation;

/**
 * A performance evaluation (绩效评价) as the report states it: kind, evaluator, commissioning body, period,
 * total score, the grade that score earns by the {@code grade_band} table (the single definition of grades)
 * and the grade the report itself gives.
 */
public record Evaluation(
        long id,
        long projectId,
        long reportId,
        String reportKey,
        String kind,
        Organisation evaluator,
        Organisation commissionedBy,
        int periodStartYear,
        int periodEndYear,
        PartialDate reportedOn,
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        String scoreTableTitle,
        BigDecimal totalWeight,
        BigDecimal totalScore,
        String grade,
        String reportedGrade,
        String reportedGradeText,
        String gradingScheme,
        String method,
        String conclusion) {
}
