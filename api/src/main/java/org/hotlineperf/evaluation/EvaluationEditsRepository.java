package org.hotlineperf.evaluation;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/**
 * What hand edits of evaluations need besides the edited row: the project an evaluation or indicator belongs to,
 * the next finding number, and an indicator's deduction reasons, which live in rows of their own.
 */
@Repository
class EvaluationEditsRepository {

    private final DSLContext dsl;

    EvaluationEditsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long projectOfEvaluation(long evaluationId) {
        return dsl.select(EVALUATION.PROJECT_ID).from(EVALUATION).where(EVALUATION.ID.eq(evaluationId))
                .fetchSingle(EVALUATION.PROJECT_ID);
    }

    long projectOfIndicator(long indicatorId) {
        return dsl.select(EVALUATION.PROJECT_ID).from(INDICATOR)
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(INDICATOR.ID.eq(indicatorId))
                .fetchSingle(EVALUATION.PROJECT_ID);
    }

    /** Added findings are numbered after every finding of the evaluation, so they list last. */
    int nextFindingOrdinal(long evaluationId) {
        return dsl.select(coalesce(max(FINDING.ORDINAL).plus(1), inline(0))).from(FINDING)
                .where(FINDING.EVALUATION_ID.eq(evaluationId))
                .fetchSingle(Record1::value1);
    }

    List<String> deductionReasons(long indicatorId) {
        return dsl.select(INDICATOR_DEDUCTION.REASON).from(INDICATOR_DEDUCTION)
                .where(INDICATOR_DEDUCTION.INDICATOR_ID.eq(indicatorId))
                .orderBy(INDICATOR_DEDUCTION.ORDINAL)
                .fetch(INDICATOR_DEDUCTION.REASON);
    }

    /** Replaces the indicator's deductions by one with this reason and points, or by none for no reason. */
    void replaceDeductions(long indicatorId, String reason, BigDecimal points) {
        dsl.deleteFrom(INDICATOR_DEDUCTION).where(INDICATOR_DEDUCTION.INDICATOR_ID.eq(indicatorId)).execute();
        if (reason != null) {
            dsl.insertInto(INDICATOR_DEDUCTION)
                    .set(INDICATOR_DEDUCTION.INDICATOR_ID, indicatorId)
                    .set(INDICATOR_DEDUCTION.ORDINAL, 0)
                    .set(INDICATOR_DEDUCTION.POINTS, points)
                    .set(INDICATOR_DEDUCTION.REASON, reason)
                    .execute();
        }
    }
}
