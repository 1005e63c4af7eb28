package org.hotlineperf.graphql;

/**
 * A write names an entity that does not exist (any more). Reported as NOT_FOUND with the argument that named
 * it, and nothing is written.
 */
public class EntityNotFoundException extends RuntimeException {

    private final String argument;

    public EntityNotFoundException(String argument, String entityType, Object id) {
        super("there is no " + entityType + " with id " + id);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
