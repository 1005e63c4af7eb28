package org.hotlineperf.importer;

/**
 * One reason a report document was rejected: where in the document (a JSON path such as
 * {@code $.fundFlows[2].amount}), which rule it breaks, and a message for the person who wrote it.
 */
public record ImportProblem(String path, String rule, String message) {
}
