package org.hotlineperf.importer;

/**
 * What importing one document did: created a new report, replaced a report with the same key whose content
 * differed, or found the identical report already stored and changed nothing.
 */
public enum ImportOutcome {
    IMPORTED,
    REPLACED,
    UNCHANGED
}
