package org.hotlineperf.audit;

import org.hotlineperf.graphql.Connection;
import org.hotlineperf.graphql.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.auditTrail}: the recorded writes of one entity, oldest first, a page at a time.
 */
@Controller
class AuditController {

    private final AuditTrail auditTrail;

    AuditController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @QueryMapping
    Connection<AuditEntry> auditTrail(@Argument AuditEntityType entityType, @Argument String entityId,
                                      @Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        return page.toConnection(auditTrail.page(entityType, entityId, page.afterId(), page.fetchSize()),
                AuditEntry::id, () -> auditTrail.count(entityType, entityId));
    }
}
