package org.hotlineperf.security;

/**
 * A write the acting principal's role or jurisdiction does not cover. Reported as FORBIDDEN with a message that
 * names only the principal's own role and jurisdiction; nothing is written.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
