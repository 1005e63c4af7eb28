package org.hotlineperf.importer;

import org.jooq.JSONB;

/**
 * The stored report an import finds under its key, locked for the import's transaction: what it needs to decide
 * between unchanged and replaced, and to keep the replaced document in the audit trail.
 */
record StoredReport(long id, String contentHash, long projectId, String title, JSONB document) {
}
