package org.hotlineperf.importer;

/**
 * What {@code importEvaluationReport} did (or, on a dry run, would do) with a document; the stored report's id
 * is null after a dry run.
 */
record ImportEvaluationReportPayload(String reportKey, ImportOutcome outcome, boolean dryRun, Long reportId) {
}
