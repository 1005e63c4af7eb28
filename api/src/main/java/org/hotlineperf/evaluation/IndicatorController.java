package org.hotlineperf.evaluation;

import java.util.List;
import org.hotlineperf.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Indicator} type: an indicator's children are loaded a tree level at a time, for every indicator of
 * the response in one statement.
 */
@Controller
class IndicatorController {

    private final EvaluationService evaluations;

    IndicatorController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @BatchMapping
    List<List<Indicator>> children(List<Indicator> parents) {
        return BatchResults.lists(parents, Indicator::id,
                evaluations.childIndicators(parents.stream().map(Indicator::id).toList()));
    }
}
