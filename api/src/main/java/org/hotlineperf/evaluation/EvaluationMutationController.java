package org.hotlineperf.evaluation;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations of evaluations: {@code updateIndicator}, {@code addFinding} and {@code removeFinding}.
 */
@Controller
class EvaluationMutationController {

    private final EvaluationEditing editing;

    EvaluationMutationController(EvaluationEditing editing) {
        this.editing = editing;
    }

    @MutationMapping
    IndicatorPayload updateIndicator(@Argument UpdateIndicatorInput input) {
        return new IndicatorPayload(editing.updateIndicator(input));
    }

    @MutationMapping
    FindingPayload addFinding(@Argument AddFindingInput input) {
        return new FindingPayload(editing.addFinding(input));
    }

    @MutationMapping
    RemoveFindingPayload removeFinding(@Argument RemoveFindingInput input) {
        return new RemoveFindingPayload(String.valueOf(editing.removeFinding(input)));
    }

    /** The payload of {@code updateIndicator}: the indicator as stored after the edit. */
    record IndicatorPayload(Indicator indicator) {
    }

    /** The payload of {@code addFinding}: the finding as stored. */
    record FindingPayload(Finding finding) {
    }

    /** The payload of {@code removeFinding}: the id of the finding that is gone. */
    record RemoveFindingPayload(String removedFindingId) {
    }
}
