package org.hotlineperf.audit;

/**
 * What a write did to an entity: created, updated or deleted it by hand, or imported a report document new or
 * in place of a different stored one.
 */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    REPLACE
}
