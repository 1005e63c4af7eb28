package org.hotlineperf.importer;

/**
 * The result of importing one report document.
 */
public record ImportResult(String reportKey, long reportId, ImportOutcome outcome) {
}
