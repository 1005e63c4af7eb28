package org.hotlineperf.funding;

import java.math.BigDecimal;
import org.hotlineperf.calendar.PartialDate;

/**
 * A ledger line recorded by hand: an initial budget, a budget adjustment (dated, with the approving document where
 * there is one), funds received or expenditure, in yuan.
 */
public record RecordFundFlowInput(
        String projectId,
        int fiscalYear,
        String kind,
        BigDecimal amount,
        String componentKey,
        String source,
        String category,
        Boolean chargedToOtherFunds,
        Boolean inProjectLedger,
        PartialDate date,
        String documentReference,
        Boolean documentMissing,
        String description) {
}
