package org.hotlineperf.audit;

/**
 * The kinds of entity the audit trail records writes of. A report is identified by its key, which survives a
 * replacement; every other entity by its id.
 */
public enum AuditEntityType {
    PROJECT,
    FUND_FLOW,
    OPERATING_METRIC,
    INDICATOR,
    FINDING,
    REPORT,
    SYNTHETIC_DATASET
}
