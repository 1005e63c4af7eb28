package org.hotlineperf.security;

import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints bearer tokens signed with the local key (HS256), for {@code ./hotline token} and the tests: issuer
 * {@value AuthenticationProperties#LOCAL_ISSUER}, the actor's name as subject and its role, region and
 * organisation as claims ({@link TokenClaims}).
 */
public class TokenMinter {

    private final JwtEncoder encoder;

    public TokenMinter(SecretKey key) {
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
    }

    /** A token for the actor, valid from now for {@code ttl}. */
    public String mint(Actor actor, Duration ttl) {
        return mint(actor, Instant.now(), ttl);
    }

    /** A token for the actor, issued at {@code issuedAt} and valid for {@code ttl} from then. */
    public String mint(Actor actor, Instant issuedAt, Duration ttl) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(AuthenticationProperties.LOCAL_ISSUER)
                .subject(actor.name())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(ttl))
                .claim(TokenClaims.ROLE, actor.role().name());
        if (actor.regionCode() != null) {
            claims.claim(TokenClaims.REGION, actor.regionCode());
        }
        if (actor.organisation() != null) {
            claims.claim(TokenClaims.ORGANISATION, actor.organisation());
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
