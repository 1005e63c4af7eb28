package org.hotlineperf.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request authenticated by a bearer token: its principal is the {@link Actor} the token names, with the
 * authority {@code ROLE_<role>}.
 */
class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.name();
    }
}
