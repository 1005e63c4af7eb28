package org.hotlineperf.security;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings ({@code hotline-perf.security.*}). In production, tokens come from an issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}); without one, the service
 * checks HS256 tokens signed with a local key, which {@code ./hotline token} mints.
 *
 * @param readsRequireAuthentication whether queries and downloads need a token too (writes always do)
 * @param localSigningKey            the HS256 secret of locally minted tokens, at least 32 bytes; the default is
 *                                   public and for development only
 */
@ConfigurationProperties("hotline-perf.security")
public record AuthenticationProperties(@DefaultValue("false") boolean readsRequireAuthentication,
                                       @DefaultValue(DEVELOPMENT_SIGNING_KEY) String localSigningKey) {

    /** The key a fresh clone works with: known to everybody who can read this file, so never for production. */
    public static final String DEVELOPMENT_SIGNING_KEY = "hotline-perf development signing key: never use in production";

    /** The issuer of locally minted tokens; the local decoder accepts no other. */
    public static final String LOCAL_ISSUER = "hotline-perf-local";

    private static final int MIN_KEY_BYTES = 32;

    public boolean usesDevelopmentKey() {
        return DEVELOPMENT_SIGNING_KEY.equals(localSigningKey);
    }

    /** The local signing key; at least 256 bits, as HS256 requires. */
    public SecretKey localKey() {
        return keyOf(localSigningKey);
    }

    static SecretKey keyOf(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("hotline-perf.security.local-signing-key must be at least " + MIN_KEY_BYTES
                    + " bytes long (HS256 needs a 256-bit key), is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
