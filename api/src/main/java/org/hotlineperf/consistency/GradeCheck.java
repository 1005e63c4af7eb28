package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * GRADE_MISMATCH: the grade a report states against the grade its total score earns by the {@code grade_band}
 * table (the one definition of grades). A report that states no grade, or no total, is not checked.
 */
final class GradeCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.GRADE_MISMATCH;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        var evaluation = facts.evaluation();
        if (evaluation.reportedGrade() == null || evaluation.grade() == null
                || evaluation.reportedGrade().equals(evaluation.grade())) {
            return List.of();
        }
        String stated = evaluation.reportedGradeText() != null ? evaluation.reportedGradeText()
                : evaluation.reportedGradeNameZh();
        String band = Figures.points(evaluation.gradeMinScore()) + " or more"
                + (evaluation.gradeMaxScore() == null ? "" : ", below " + Figures.points(evaluation.gradeMaxScore()));
        String bandZh = Figures.points(evaluation.gradeMinScore()) + "分及以上"
                + (evaluation.gradeMaxScore() == null ? "" : "、不足" + Figures.points(evaluation.gradeMaxScore()) + "分");
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.points("totalScore", evaluation.totalScore()),
                Evidence.text("reportedGrade", evaluation.reportedGrade()),
                Evidence.text("grade", evaluation.grade()),
                Evidence.points("gradeMinScore", evaluation.gradeMinScore())));
        if (evaluation.gradeMaxScore() != null) {
            evidence.add(Evidence.points("gradeMaxScore", evaluation.gradeMaxScore()));
        }
        return List.of(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), null,
                "The report grades the evaluation " + evaluation.reportedGrade() + " (" + stated + "), but a total "
                        + "score of " + Figures.points(evaluation.totalScore()) + " earns " + evaluation.grade() + " ("
                        + band + ").",
                "报告评定等级为“" + stated + "”，但总分" + Figures.points(evaluation.totalScore()) + "分对应的等级为“"
                        + evaluation.gradeNameZh() + "”（" + bandZh + "）。",
                evidence));
    }
}
