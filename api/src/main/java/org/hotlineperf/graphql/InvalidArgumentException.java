package org.hotlineperf.graphql;

/**
 * A GraphQL argument that breaks a rule: reported to the client as BAD_REQUEST with the argument's path and
 * the rule, so the client can fix the request without guessing.
 */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final String rule;

    /**
     * @param argument path of the offending argument, e.g. {@code filter.regionCode}
     * @param rule     stable name of the broken rule, e.g. {@code KNOWN_REGION_CODE}
     * @param message  what is wrong, in words a client developer can act on
     */
    public InvalidArgumentException(String argument, String rule, String message) {
        super(message);
        this.argument = argument;
        this.rule = rule;
    }

    /** A value the client gave, in quotes and cut short enough to repeat in an error message. */
    public static String quoted(String value) {
        return "\"" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "\"";
    }

    public String argument() {
        return argument;
    }

    public String rule() {
        return rule;
    }
}
