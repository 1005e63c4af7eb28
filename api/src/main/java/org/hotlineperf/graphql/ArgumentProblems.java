package org.hotlineperf.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem of a request's arguments before anything is written, so that a rejected write
 * reports all its problems at once and changes nothing.
 */
public final class ArgumentProblems {

    private final List<ArgumentProblem> problems = new ArrayList<>();

    /** Records a problem unless {@code holds}. */
    public ArgumentProblems require(boolean holds, String argument, String rule, Supplier<String> message) {
        if (!holds) {
            problems.add(new ArgumentProblem(argument, rule, message.get()));
        }
        return this;
    }

    public ArgumentProblems add(String argument, String rule, String message) {
        problems.add(new ArgumentProblem(argument, rule, message));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws {@link InvalidArgumentException} with every recorded problem, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidArgumentException(problems);
        }
    }
}
