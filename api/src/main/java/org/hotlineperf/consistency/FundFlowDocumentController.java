package org.hotlineperf.consistency;

import java.util.List;
import java.util.Map;
import org.hotlineperf.funding.FundFlow;
import org.hotlineperf.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code FundFlow.documentMissing}: whether the report says no budget document backs a ledger line, the fact
 * behind ADJUSTMENT_WITHOUT_DOCUMENT, for every line of the response in one statement.
 */
@Controller
class FundFlowDocumentController {

    private final FlagService flags;

    FundFlowDocumentController(FlagService flags) {
        this.flags = flags;
    }

    @BatchMapping(typeName = "FundFlow")
    Map<FundFlow, Boolean> documentMissing(List<FundFlow> lines) {
        return BatchResults.values(lines, FundFlow::id, flags.documentMissing(lines.stream().map(FundFlow::id).toList()));
    }
}
