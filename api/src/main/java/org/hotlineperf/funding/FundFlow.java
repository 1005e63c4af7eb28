package org.hotlineperf.funding;

import java.math.BigDecimal;
import org.hotlineperf.calendar.PartialDate;

/**
 * One line of the fund-flow ledger as stored (FundFlow): amounts in yuan; {@code parentId} links a part
 * (其中) to the line it breaks down. {@code version} rises with every edit (optimistic locking).
 */
public record FundFlow(
        long id,
        long projectId,
        Long parentId,
        Integer fiscalYear,
        String kind,
        BigDecimal amount,
        String componentKey,
        String source,
        String category,
        boolean chargedToOtherFunds,
        boolean inProjectLedger,
        PartialDate date,
        String documentReference,
        String description,
        int version) {
}
