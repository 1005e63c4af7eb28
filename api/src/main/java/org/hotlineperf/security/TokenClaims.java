package org.hotlineperf.security;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * What a bearer token must say, and the {@link Actor} it names: the subject ({@code sub}) is the name the audit
 * trail records, {@value #ROLE} one of {@link Role}, {@value #REGION} a six-digit GB/T 2260 code (required for
 * FINANCE) and {@value #ORGANISATION} an organisation's name as stored (required for DEPARTMENT). A token that
 * does not say so is refused like a badly signed one (401), for requests and the command line alike. Tokens from
 * a production issuer must carry the same claims.
 */
@Component
public class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE = "role";
    public static final String REGION = "region";
    public static final String ORGANISATION = "organisation";

    private static final Pattern REGION_CODE = Pattern.compile("[1-9][0-9]{5}");

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new ActorAuthentication(actorOf(token), token);
    }

    /** The actor a verified token names; an {@link UnfitTokenException} if its claims do not fit. */
    public Actor actorOf(Jwt token) {
        try {
            return actor(token.getSubject(), token.getClaimAsString(ROLE), token.getClaimAsString(REGION),
                    token.getClaimAsString(ORGANISATION));
        } catch (IllegalArgumentException unfit) {
            throw new UnfitTokenException(unfit.getMessage());
        }
    }

    /**
     * The actor these claims name, for a token being checked or minted.
     *
     * @throws IllegalArgumentException saying which claim does not fit
     */
    static Actor actor(String subject, String roleName, String region, String organisation) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a token must name its subject");
        }
        Role role = Arrays.stream(Role.values()).filter(known -> known.name().equals(roleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the role must be one of ADMIN, FINANCE, DEPARTMENT,"
                        + " VIEWER"));
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            throw new IllegalArgumentException("the region must be a six-digit GB/T 2260 code, e.g. 430700");
        }
        if (role == Role.FINANCE && region == null) {
            throw new IllegalArgumentException("a FINANCE token must name its region");
        }
        if (role == Role.DEPARTMENT && (organisation == null || organisation.isBlank())) {
            throw new IllegalArgumentException("a DEPARTMENT token must name its organisation");
        }
        return new Actor(subject, role, region, organisation);
    }
}
