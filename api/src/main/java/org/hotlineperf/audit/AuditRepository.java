package org.hotlineperf.audit;

import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * Appends audit entries and reads an entity's entries in the order they were written.
 */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends an entry and returns its id. */
    long insert(String principal, AuditAction action, AuditEntityType entityType, String entityId, Long projectId,
                JSONB before, JSONB after) {
        return dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.PRINCIPAL, principal)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.ENTITY_TYPE, entityType.name())
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.PROJECT_ID, projectId)
                .set(AUDIT_ENTRY.BEFORE, before)
                .set(AUDIT_ENTRY.AFTER, after)
                .returning(AUDIT_ENTRY.ID)
                .fetchSingle(AUDIT_ENTRY.ID);
    }

    List<AuditEntry> page(AuditEntityType entityType, String entityId, Long afterId, int limit) {
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.PRINCIPAL,
                        AUDIT_ENTRY.ACTION.convertFrom(AuditAction::valueOf),
                        AUDIT_ENTRY.ENTITY_TYPE.convertFrom(AuditEntityType::valueOf),
                        AUDIT_ENTRY.ENTITY_ID, AUDIT_ENTRY.BEFORE, AUDIT_ENTRY.AFTER)
                .from(AUDIT_ENTRY)
                .where(of(entityType, entityId))
                .and(afterId == null ? noCondition() : AUDIT_ENTRY.ID.gt(afterId))
                .orderBy(AUDIT_ENTRY.ID)
                .limit(limit)
                .fetch(mapping(AuditEntry::new));
    }

    int count(AuditEntityType entityType, String entityId) {
        return dsl.fetchCount(AUDIT_ENTRY, of(entityType, entityId));
    }

    private static Condition of(AuditEntityType entityType, String entityId) {
        return AUDIT_ENTRY.ENTITY_TYPE.eq(entityType.name()).and(AUDIT_ENTRY.ENTITY_ID.eq(entityId));
    }
}
