package org.hotlineperf.security;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Who is writing: the name the audit trail records for every write. Work that no request carries (the seed
 * loader, a command-line import) runs under a name of its own; a request without credentials is
 * {@value #ANONYMOUS}.
 */
@Component
public class CurrentPrincipal {

    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<String> RUNNING_AS = new ThreadLocal<>();

    /** The name of the principal on whose behalf the current thread works. */
    public String name() {
        String name = RUNNING_AS.get();
        return name == null ? ANONYMOUS : name;
    }

    /** Runs {@code work} on behalf of {@code name}, e.g. {@code system:seed-loader} or {@code cli:alice}. */
    public static <T> T runAs(String name, Supplier<T> work) {
        String previous = RUNNING_AS.get();
        RUNNING_AS.set(name);
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
