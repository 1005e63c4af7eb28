package org.hotlineperf.audit;

import java.time.OffsetDateTime;
import org.jooq.JSONB;

/**
 * One recorded write: when, by whom, what it did to which entity, and the entity's values before and after
 * (null before a creation and after a deletion).
 */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String principal,
        AuditAction action,
        AuditEntityType entityType,
        String entityId,
        JSONB before,
        JSONB after) {
}
