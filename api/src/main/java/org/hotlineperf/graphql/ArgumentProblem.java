package org.hotlineperf.graphql;

/**
 * One way an argument breaks a rule: the argument's path (e.g. {@code input.amount}), the stable name of the
 * rule (e.g. {@code NON_NEGATIVE_AMOUNT}) and a message a client developer can act on.
 */
public record ArgumentProblem(String argument, String rule, String message) {
}
