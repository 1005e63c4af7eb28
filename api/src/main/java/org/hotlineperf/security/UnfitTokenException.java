package org.hotlineperf.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A correctly signed, current token whose claims do not name an actor (no subject, an unknown role, FINANCE
 * without a region, ...). Refused like any invalid token, but its message, which names only claims, may be shown.
 */
class UnfitTokenException extends InvalidBearerTokenException {

    UnfitTokenException(String message) {
        super(message);
    }
}
