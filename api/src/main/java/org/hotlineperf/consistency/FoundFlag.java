package org.hotlineperf.consistency;

import java.util.List;

/**
 * A flag a check raised, ready to be stored: the project and evaluation (and indicator) it concerns, the fiscal
 * year its figures belong to (null for a whole multi-year period) and the years it covers.
 */
record FoundFlag(
        long projectId,
        long evaluationId,
        Long indicatorId,
        FlagCode code,
        FlagSeverity severity,
        Integer fiscalYear,
        int periodStartYear,
        int periodEndYear,
        String message,
        String messageZh,
        List<Evidence> evidence) {

    FoundFlag {
        evidence = List.copyOf(evidence);
    }
}
