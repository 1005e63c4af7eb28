package org.hotlineperf.graphql;

/**
 * Reads entity ids given as GraphQL {@code ID} arguments; our ids are positive integers.
 */
public final class Ids {

    private Ids() {
    }

    public static long parse(String argument, String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the rule
        }
        throw new InvalidArgumentException(argument, "ID_FORMAT",
                argument + " must be a positive integer id, was " + InvalidArgumentException.quoted(id));
    }
}
