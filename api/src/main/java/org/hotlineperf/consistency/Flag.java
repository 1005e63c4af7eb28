package org.hotlineperf.consistency;

import java.util.List;

/**
 * A stored flag of the consistency checks, as the API returns it: its code and severity, the message in English and
 * Chinese, the evidence figures, the fiscal year its figures belong to (null for a whole multi-year period), and
 * the project, evaluation and (where it concerns one) indicator it is about.
 */
public record Flag(
        long id,
        long projectId,
        long evaluationId,
        Long indicatorId,
        FlagCode code,
        FlagSeverity severity,
        Integer fiscalYear,
        String message,
        String messageZh,
        List<Evidence> evidence) {
}
