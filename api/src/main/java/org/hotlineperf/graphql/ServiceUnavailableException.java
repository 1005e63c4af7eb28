package org.hotlineperf.graphql;

/**
 * Something the request needs cannot answer right now, and will again without anyone fixing the request: reported
 * to the client as UNAVAILABLE with this exception's message, which must therefore be written for clients.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
