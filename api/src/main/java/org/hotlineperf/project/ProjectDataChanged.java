package org.hotlineperf.project;

import java.util.Set;

/**
 * Published inside a write transaction when the stored data of projects changed (an import, an edit), so that
 * copies such as the analytics store can follow once the transaction has committed. {@code auditEntryId} is the
 * audit entry that records the write, so that a copy that has followed it need not follow it again when it reads
 * the audit trail; null where no entry records it.
 */
public record ProjectDataChanged(Set<Long> projectIds, Long auditEntryId) {
}
