package org.hotlineperf.graphql;

import java.util.List;

/**
 * Arguments that break rules: reported to the client as BAD_REQUEST, one error per problem with the argument's
 * path and the rule, so the client can fix the whole request at once without guessing.
 */
public class InvalidArgumentException extends RuntimeException {

    private final transient List<ArgumentProblem> problems;

    /**
     * @param argument path of the offending argument, e.g. {@code filter.regionCode}
     * @param rule     stable name of the broken rule, e.g. {@code KNOWN_REGION_CODE}
     * @param message  what is wrong, in words a client developer can act on
     */
    public InvalidArgumentException(String argument, String rule, String message) {
        this(List.of(new ArgumentProblem(argument, rule, message)));
    }

    /** @param problems every problem found, at least one */
    public InvalidArgumentException(List<ArgumentProblem> problems) {
        super(problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    /** A value the client gave, in quotes and cut short enough to repeat in an error message. */
    public static String quoted(String value) {
        return "\"" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "\"";
    }

    public List<ArgumentProblem> problems() {
        return problems;
    }

    /** The argument of the first problem. */
    public String argument() {
        return problems.getFirst().argument();
    }

    /** The rule of the first problem. */
    public String rule() {
        return problems.getFirst().rule();
    }
}
