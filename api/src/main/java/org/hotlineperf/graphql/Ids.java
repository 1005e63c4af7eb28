package org.hotlineperf.graphql;

/**
 * Reads entity ids given as GraphQL {@code ID} arguments; our ids are positive integers.
 */
public final class Ids {

    private Ids() {
    }

    /** A positive integer in ASCII digits, as the API returns ids; not "+1", "１" or "١" that Java would read too. */
    public static long parse(String argument, String id) {
        try {
            if (id == null || id.isEmpty() || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException(id);
            }
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
