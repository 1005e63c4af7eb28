package org.hotlineperf.graphql;

import graphql.ErrorClassification;

/**
 * Error classifications that Spring's {@link org.springframework.graphql.execution.ErrorType} lacks; their name
 * is the {@code extensions.code} clients see.
 */
enum ServiceErrorType implements ErrorClassification {
    /** A write based on a stale version of an entity. */
    CONFLICT,
    /** A backing store cannot be reached right now; the same request may succeed later. */
    UNAVAILABLE,
    /** A request or one of its database statements ran longer than its limit and was stopped. */
    TIMEOUT
}
