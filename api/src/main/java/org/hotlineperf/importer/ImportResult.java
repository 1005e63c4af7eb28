package org.hotlineperf.importer;

/**
 * The result of importing one report document: the stored report's id, or null after a dry run, which stores
 * nothing and says what an import would have done.
 */
public record ImportResult(String reportKey, Long reportId, ImportOutcome outcome) {
}
