package org.hotlineperf.analytics;

import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/**
 * Reads the writes recorded in the audit trail, which every write appends in its own transaction: how the store
 * learns of writes this process did not make (a command-line import, another instance) and of any it missed.
 */
@Repository
class RecordedWrites {

    private final DSLContext dsl;

    RecordedWrites(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The id of the newest recorded write, 0 for none. */
    long latestId() {
        return dsl.select(coalesce(max(AUDIT_ENTRY.ID), inline(0L))).from(AUDIT_ENTRY).fetchSingle(Record1::value1);
    }

    /** The writes recorded after {@code afterId}, oldest first. */
    List<RecordedWrite> after(long afterId) {
        return dsl.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.PROJECT_ID, AUDIT_ENTRY.OCCURRED_AT)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.gt(afterId))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(mapping(RecordedWrite::new));
    }

    /** One recorded write: the project it changed, or null for a change to many (a synthetic dataset run). */
    record RecordedWrite(long id, Long projectId, OffsetDateTime occurredAt) {
    }
}
