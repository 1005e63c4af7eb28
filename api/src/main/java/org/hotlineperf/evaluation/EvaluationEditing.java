package org.hotlineperf.evaluation;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.editing.VersionedRows.apply;

import java.math.BigDecimal;
import java.util.Map;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.db.tables.records.FindingRecord;
import org.hotlineperf.db.tables.records.IndicatorRecord;
import org.hotlineperf.editing.FieldRules;
import org.hotlineperf.editing.VersionedRows;
import org.hotlineperf.graphql.ArgumentProblems;
import org.hotlineperf.graphql.Ids;
import org.hotlineperf.security.Authorisation;
import org.hotlineperf.security.Authorisation.Write;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand edits of evaluations: correcting an indicator's actual value, score and deduction reason, adding and
 * removing findings. Validated completely before anything is written, each in one transaction, version-checked
 * and recorded in the audit trail. Totals and parent scores are not recomputed: an evaluation keeps what it
 * states, and the consistency checks point out parts that no longer add up.
 */
@Service
public class EvaluationEditing {

    private static final String DEDUCTION_REASONS = "deduction_reasons";
    private static final int MAX_UNIT = 500;

    private final DSLContext dsl;
    private final VersionedRows rows;
    private final EvaluationRepository evaluations;
    private final EvaluationEditsRepository edits;
    private final Authorisation authorisation;

    EvaluationEditing(DSLContext dsl, VersionedRows rows, EvaluationRepository evaluations,
                      EvaluationEditsRepository edits, Authorisation authorisation) {
        this.dsl = dsl;
        this.rows = rows;
        this.evaluations = evaluations;
        this.edits = edits;
        this.authorisation = authorisation;
    }

    @Transactional
    public Indicator updateIndicator(UpdateIndicatorInput input) {
        authorisation.require(Write.FIGURES);
        long id = Ids.parse("input.id", input.id());
        IndicatorRecord current = rows.lockForEdit(INDICATOR, id, input.version(), "input.id",
                AuditEntityType.INDICATOR);
        long projectId = edits.projectOfIndicator(id);
        authorisation.requireForProject(Write.FIGURES, projectId);
        IndicatorRecord next = rows.editable(current);
        apply(next, INDICATOR.ACTUAL_VALUE, input.actualValue());
        apply(next, INDICATOR.ACTUAL_UNIT, input.actualUnit());
        apply(next, INDICATOR.ACTUAL_TEXT, input.actualText());
        apply(next, INDICATOR.SCORE, input.score());
        apply(next, INDICATOR.POINTS_DEDUCTED, input.pointsDeducted());
        apply(next, INDICATOR.COMMENT, input.comment());
        ArgumentProblems problems = new ArgumentProblems();
        FieldRules.fitsColumn(problems, "input.actualValue", next.getActualValue(), 24, 6);
        FieldRules.optionalText(problems, "input.actualUnit", next.getActualUnit(), MAX_UNIT);
        points(problems, "input.score", next.getScore(), next.getWeight());
        points(problems, "input.pointsDeducted", next.getPointsDeducted(), next.getWeight());
        String reason = input.deductionReason().value();
        problems.require(reason == null || !reason.isBlank(), "input.deductionReason", "NOT_BLANK",
                () -> "input.deductionReason must not be blank; give null to remove the reasons");
        problems.throwIfAny();
        var reasonsBefore = edits.deductionReasons(id);
        if (!input.deductionReason().isOmitted()) {
            edits.replaceDeductions(id, reason, next.getPointsDeducted());
        }
        rows.update(current, next, AuditEntityType.INDICATOR, projectId, Map.of(DEDUCTION_REASONS, reasonsBefore),
                Map.of(DEDUCTION_REASONS, edits.deductionReasons(id)));
        return evaluations.indicator(id);
    }

    @Transactional
    public Finding addFinding(AddFindingInput input) {
        authorisation.require(Write.FIGURES);
        long evaluationId = Ids.parse("input.evaluationId", input.evaluationId());
        rows.lock(EVALUATION, evaluationId, "input.evaluationId", "evaluation");
        long projectId = edits.projectOfEvaluation(evaluationId);
        authorisation.requireForProject(Write.FIGURES, projectId);
        FindingRecord finding = dsl.newRecord(FINDING);
        finding.setEvaluationId(evaluationId);
        finding.setOrdinal(edits.nextFindingOrdinal(evaluationId));
        finding.setKind(input.kind());
        finding.setTitle(input.title());
        finding.setBody(input.body());
        finding.setCause(input.cause());
        ArgumentProblems problems = new ArgumentProblems();
        FieldRules.requiredText(problems, "input.body", input.body(), 20_000);
        FieldRules.optionalText(problems, "input.title", input.title(), 2_000);
        FieldRules.optionalText(problems, "input.cause", input.cause(), 20_000);
        problems.throwIfAny();
        long id = rows.insert(finding, AuditEntityType.FINDING, stored -> projectId).getId();
        return evaluations.finding(id);
    }

    @Transactional
    public long removeFinding(RemoveFindingInput input) {
        authorisation.require(Write.FIGURES);
        long id = Ids.parse("input.id", input.id());
        FindingRecord current = rows.lockForEdit(FINDING, id, input.version(), "input.id", AuditEntityType.FINDING);
        long projectId = edits.projectOfEvaluation(current.getEvaluationId());
        authorisation.requireForProject(Write.FIGURES, projectId);
        rows.delete(current, AuditEntityType.FINDING, projectId);
        return id;
    }

    /** Points given or deducted: not negative, two decimals, and on a manual edit never above the weight. */
    private static void points(ArgumentProblems problems, String argument, BigDecimal points, BigDecimal weight) {
        FieldRules.nonNegative(problems, argument, points);
        FieldRules.fitsColumn(problems, argument, points, 8, 2);
        problems.require(points == null || weight == null || points.compareTo(weight) <= 0, argument,
                "SCORE_WITHIN_WEIGHT", () -> argument + " must not exceed the indicator's weight "
                        + weight.toPlainString() + ", was " + points.toPlainString());
    }
}
