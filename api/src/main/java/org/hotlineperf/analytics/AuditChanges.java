package org.hotlineperf.analytics;

import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.hotlineperf.audit.AuditEntityType;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit trail as a change log: every write, by this process or another (the command-line import, a
 * second instance), leaves an entry naming the project it changed, and a replaced report its previous project; the
 * synthetic generator leaves one entry for the whole dataset it wrote.
 */
@Repository
class AuditChanges {

    private final DSLContext dsl;

    AuditChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The entries after {@code id}, oldest first, at most {@code limit}. */
    List<AuditChange> after(long id, int limit) {
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.PROJECT_ID,
                        DSL.jsonbGetAttributeAsText(AUDIT_ENTRY.BEFORE, "project_id").cast(SQLDataType.BIGINT),
                        AUDIT_ENTRY.ENTITY_TYPE.eq(AuditEntityType.SYNTHETIC_DATASET.name()))
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.gt(id))
                .orderBy(AUDIT_ENTRY.ID)
                .limit(limit)
                .fetch(mapping(AuditChange::new));
    }

    /** The entries with these ids that are visible now. */
    List<AuditChange> withIds(Collection<Long> ids) {
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.PROJECT_ID,
                        DSL.jsonbGetAttributeAsText(AUDIT_ENTRY.BEFORE, "project_id").cast(SQLDataType.BIGINT),
                        AUDIT_ENTRY.ENTITY_TYPE.eq(AuditEntityType.SYNTHETIC_DATASET.name()))
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.in(ids))
                .fetch(mapping(AuditChange::new));
    }

    /** The newest entry written before {@code time}; 0 when there is none. */
    long newestBefore(OffsetDateTime time) {
        return dsl.select(coalesce(max(AUDIT_ENTRY.ID), val(0L))).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OCCURRED_AT.lt(time))
                .fetchSingle().value1();
    }

    /**
     * One audit entry: its id, the project it changed and, for a replaced report, the project it was under; or a
     * whole dataset written at once (the synthetic generator), which names no project.
     */
    record AuditChange(long id, Long projectId, Long previousProjectId, boolean wholeDataset) {
    }
}
