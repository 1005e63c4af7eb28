package org.hotlineperf.funding;

import java.math.BigDecimal;
import org.hotlineperf.calendar.PartialDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * A correction of a stored ledger line based on its {@code version}: an omitted field stays as it is, a field
 * given as null is cleared (where it may be). The kind of a line cannot change.
 */
public record CorrectFundFlowInput(
        String id,
        int version,
        ArgumentValue<Integer> fiscalYear,
        ArgumentValue<BigDecimal> amount,
        ArgumentValue<String> componentKey,
        ArgumentValue<String> source,
        ArgumentValue<String> category,
        ArgumentValue<Boolean> chargedToOtherFunds,
        ArgumentValue<Boolean> inProjectLedger,
        ArgumentValue<PartialDate> date,
        ArgumentValue<String> documentReference,
        ArgumentValue<Boolean> documentMissing,
        ArgumentValue<String> description) {
}
