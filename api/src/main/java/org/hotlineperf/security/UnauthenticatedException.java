package org.hotlineperf.security;

/**
 * A write asked for by nobody: no bearer token came with the request (and no actor runs the work). Reported as
 * UNAUTHORIZED; nothing is written.
 */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
