package org.hotlineperf.funding;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations of the fund-flow ledger: {@code recordFundFlow} and {@code correctFundFlow}.
 */
@Controller
class FundFlowMutationController {

    private final FundFlowEditing editing;

    FundFlowMutationController(FundFlowEditing editing) {
        this.editing = editing;
    }

    @MutationMapping
    FundFlowPayload recordFundFlow(@Argument RecordFundFlowInput input) {
        return new FundFlowPayload(editing.recordFundFlow(input));
    }

    @MutationMapping
    FundFlowPayload correctFundFlow(@Argument CorrectFundFlowInput input) {
        return new FundFlowPayload(editing.correctFundFlow(input));
    }

    /** The payload of the ledger mutations: the line as stored after the write. */
    record FundFlowPayload(FundFlow fundFlow) {
    }
}
