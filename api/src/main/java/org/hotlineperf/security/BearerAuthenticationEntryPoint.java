package org.hotlineperf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.hotlineperf.graphql.ErrorBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a request that fails authentication at the HTTP layer: a bearer token that is malformed, expired,
 * wrongly signed or unfit, or no token where one is required. As RFC 6750 asks, {@code WWW-Authenticate: Bearer}
 * (with {@code error="invalid_token"} when a token was refused), and a body in the GraphQL error shape with
 * {@code extensions.code: UNAUTHORIZED}. Why a token failed to decode is logged by nobody and told to nobody
 * beyond these three possibilities.
 */
class BearerAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REFUSED = "The bearer token was refused: it is malformed, expired, or not signed by a"
            + " trusted issuer; get a new one";
    static final String MISSING = "This request needs a bearer token: send Authorization: Bearer <token>";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String message;
        String challenge;
        if (failure instanceof OAuth2AuthenticationException) {
            message = failure instanceof UnfitTokenException unfit ? "The bearer token was refused: "
                    + unfit.getMessage() : REFUSED;
            challenge = "Bearer error=\"invalid_token\", error_description=\"" + message.replace('"', '\'') + "\"";
        } else {
            message = MISSING;
            challenge = "Bearer";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        ErrorBodies.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message, Map.of());
    }
}
