package org.hotlineperf.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the one place that knows. Work that runs with {@link #runAs} (the seed loader, a command-line
 * import) acts as the actor it names; a request acts as the principal of its bearer token, which Spring Security
 * puts in the security context; anything else is anonymous. The audit trail records {@link #name()} for every
 * write, and {@link Authorisation} asks {@link #actor()} before every write.
 */
@Component
public class CurrentPrincipal {

    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<Actor> RUNNING_AS = new ThreadLocal<>();

    /** The actor on whose behalf the current thread works, or empty when nobody authenticated. */
    public Optional<Actor> actor() {
        Actor explicit = RUNNING_AS.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }

    /** The name of the principal on whose behalf the current thread works, {@value #ANONYMOUS} for nobody. */
    public String name() {
        return actor().map(Actor::name).orElse(ANONYMOUS);
    }

    /** Runs {@code work} on behalf of {@code actor}, e.g. {@link Actor#system} or the actor of a command's token. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = RUNNING_AS.get();
        RUNNING_AS.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUNNING_AS.remove();
            } else {
                RUNNING_AS.set(previous);
            }
        }
    }
}
