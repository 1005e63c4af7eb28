package org.hotlineperf.evaluation;

/**
 * The removal of a finding, based on its {@code version}.
 */
public record RemoveFindingInput(String id, int version) {
}
