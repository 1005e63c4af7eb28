package org.hotlineperf.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.security.CurrentPrincipal;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Service;

/**
 * The audit trail of writes: every write records, in its own transaction, who wrote, when, which entity and its
 * values before and after. Entries are never changed or deleted (the table refuses it), so the trail is the
 * history of every figure that was entered or corrected by hand.
 */
@Service
public class AuditTrail {

    private final AuditRepository entries;
    private final CurrentPrincipal principal;
    private final ObjectMapper mapper = new ObjectMapper();

    AuditTrail(AuditRepository entries, CurrentPrincipal principal) {
        this.entries = entries;
        this.principal = principal;
    }

    /**
     * Records a write of a stored row; {@code before} is null for a creation and {@code after} for a deletion.
     * The row's columns are recorded by name, decimals as exact strings. Returns the entry's id.
     */
    public long record(AuditAction action, AuditEntityType entityType, long entityId, Long projectId,
                       Record before, Record after) {
        return record(action, entityType, String.valueOf(entityId), projectId, values(before), values(after));
    }

    /**
     * Records a write described by values of its own, e.g. a report's key, content hash and document. Returns the
     * entry's id.
     */
    public long record(AuditAction action, AuditEntityType entityType, String entityId, Long projectId,
                       Map<String, Object> before, Map<String, Object> after) {
        return entries.insert(principal.name(), action, entityType, entityId, projectId, json(before), json(after));
    }

    /** Up to {@code limit} entries of the entity with ids above {@code afterId}, oldest first. */
    public List<AuditEntry> page(AuditEntityType entityType, String entityId, Long afterId, int limit) {
        return entries.page(entityType, entityId, afterId, limit);
    }

    public int count(AuditEntityType entityType, String entityId) {
        return entries.count(entityType, entityId);
    }

    /** A stored row's columns by name, ready to record: decimals as exact strings, dates in ISO 8601. */
    public static Map<String, Object> values(Record row) {
        if (row == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var field : row.fields()) {
            values.put(field.getName(), plain(row.get(field)));
        }
        return values;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal.toPlainString();
            case Temporal temporal -> temporal.toString();
            case JSONB json -> json.data();
            case null, default -> value;
        };
    }

    private JSONB json(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        try {
            return JSONB.valueOf(mapper.writeValueAsString(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values cannot be written as JSON", e);
        }
    }
}
