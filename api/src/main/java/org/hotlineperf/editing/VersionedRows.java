package org.hotlineperf.editing;

import org.hotlineperf.audit.AuditAction;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.audit.AuditTrail;
import org.hotlineperf.graphql.EntityNotFoundException;
import org.hotlineperf.graphql.VersionConflictException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.hotlineperf.project.ProjectDataChanged;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * The one way hand edits write a row of an editable table (one with an {@code id} and a {@code version}): lock
 * it, check the version the edit was based on, write the changed columns with the version raised by one, and
 * record the row before and after in the audit trail, and announce the project's change ({@link ProjectDataChanged})
 * so that copies such as the analytics store follow after the commit. Callers run inside a transaction and
 * validate the edited row before writing it.
 */
@Component
public class VersionedRows {

    private final DSLContext dsl;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    VersionedRows(DSLContext dsl, AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.dsl = dsl;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    /**
     * The row with this id, locked until the transaction ends; NOT_FOUND naming {@code argument} and the
     * {@code entity} (e.g. "project") if there is none.
     */
    public <R extends Record> R lock(Table<R> table, long id, String argument, String entity) {
        R row = dsl.selectFrom(table).where(idOf(table).eq(id)).forUpdate().fetchOne();
        if (row == null) {
            throw new EntityNotFoundException(argument, entity, id);
        }
        return row;
    }

    /** {@link #lock}, then CONFLICT unless the row is still at the version the edit was based on. */
    public <R extends UpdatableRecord<R>> R lockForEdit(Table<R> table, long id, int version, String argument,
                                                        AuditEntityType type) {
        R row = lock(table, id, argument, entityName(type));
        VersionConflictException.requireCurrent(entityName(type), id, version, row.get(versionOf(table)));
        return row;
    }

    /** A copy of a locked row to apply an edit to; only the columns set on it afterwards are written. */
    public <R extends UpdatableRecord<R>> R editable(R current) {
        R next = dsl.newRecord(current.getTable(), current);
        next.changed(false);
        return next;
    }

    /** Writes the edited columns of {@code next} with the version raised by one, and records the edit. */
    public <R extends UpdatableRecord<R>> R update(R current, R next, AuditEntityType type, long projectId) {
        return update(current, next, type, projectId, Map.of(), Map.of());
    }

    /**
     * {@link #update}, recording with the row values kept elsewhere that the edit also changed (e.g. an
     * indicator's deduction reasons, which live in rows of their own).
     */
    public <R extends UpdatableRecord<R>> R update(R current, R next, AuditEntityType type, long projectId,
                                                   Map<String, Object> alsoBefore, Map<String, Object> alsoAfter) {
        Field<Integer> version = versionOf(current.getTable());
        next.set(version, current.get(version) + 1);
        next.update();
        next.refresh();
        long entry = auditTrail.record(AuditAction.UPDATE, type, String.valueOf(current.get(idOf(current.getTable()))),
                projectId, with(AuditTrail.values(current), alsoBefore), with(AuditTrail.values(next), alsoAfter));
        events.publishEvent(new ProjectDataChanged(Set.of(projectId), entry));
        return next;
    }

    /**
     * Inserts a new row at version 1 and records its creation under the project {@code projectOf} names (for a
     * new project, its own id); returns the stored row with its id.
     */
    public <R extends UpdatableRecord<R>> R insert(R row, AuditEntityType type, ToLongFunction<R> projectOf) {
        row.changed(idOf(row.getTable()), false);
        row.changed(versionOf(row.getTable()), false);
        R stored = dsl.insertInto(row.getTable()).set(row).returning().fetchSingle();
        long projectId = projectOf.applyAsLong(stored);
        long entry = auditTrail.record(AuditAction.CREATE, type, stored.get(idOf(row.getTable())), projectId, null,
                stored);
        events.publishEvent(new ProjectDataChanged(Set.of(projectId), entry));
        return stored;
    }

    /** Deletes a locked row and records its removal with its last values. */
    public <R extends UpdatableRecord<R>> void delete(R current, AuditEntityType type, long projectId) {
        dsl.deleteFrom(current.getTable()).where(idOf(current.getTable()).eq(current.get(idOf(current.getTable()))))
                .execute();
        long entry = auditTrail.record(AuditAction.DELETE, type, current.get(idOf(current.getTable())), projectId,
                current, null);
        events.publishEvent(new ProjectDataChanged(Set.of(projectId), entry));
    }

    /** Sets the column on the edited row unless the edit omits it; a given null clears it. */
    public static <R extends UpdatableRecord<R>, T> void apply(R next, Field<T> column, ArgumentValue<T> edit) {
        if (!edit.isOmitted()) {
            next.set(column, edit.value());
        }
    }

    private static Map<String, Object> with(Map<String, Object> row, Map<String, Object> more) {
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.putAll(more);
        return values;
    }

    private static Field<Long> idOf(Table<?> table) {
        return table.field("id", Long.class);
    }

    private static Field<Integer> versionOf(Table<?> table) {
        return table.field("version", Integer.class);
    }

    /** How messages name an entity of this type, e.g. "fund flow". */
    public static String entityName(AuditEntityType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
