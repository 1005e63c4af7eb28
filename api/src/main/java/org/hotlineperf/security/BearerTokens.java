package org.hotlineperf.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token given outside an HTTP request (the command-line import's
 * {@code hotline-perf.import.token}) exactly as requests are checked: the same decoder (signature, issuer,
 * lifetime) and the same claims ({@link TokenClaims}).
 */
@Component
public class BearerTokens {

    private final JwtDecoder decoder;
    private final TokenClaims claims;

    BearerTokens(JwtDecoder decoder, TokenClaims claims) {
        this.decoder = decoder;
        this.claims = claims;
    }

    /**
     * The actor the token names.
     *
     * @throws IllegalArgumentException saying why, when the token is malformed, expired, wrongly signed or unfit
     */
    public Actor authenticate(String token) {
        try {
            return claims.actorOf(decoder.decode(token));
        } catch (JwtException | UnfitTokenException refused) {
            throw new IllegalArgumentException("the token was refused: " + refused.getMessage(), refused);
        }
    }
}
