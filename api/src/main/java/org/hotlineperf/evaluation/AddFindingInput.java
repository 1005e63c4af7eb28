package org.hotlineperf.evaluation;

/**
 * A finding added by hand to an evaluation: a practice, problem (with its cause) or recommendation.
 */
public record AddFindingInput(String evaluationId, String kind, String title, String body, String cause) {
}
