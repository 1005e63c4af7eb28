package org.hotlineperf;

import java.time.Duration;
import java.util.function.Supplier;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.CurrentPrincipal;
import org.hotlineperf.security.Role;
import org.hotlineperf.security.TokenMinter;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.stereotype.Component;

/**
 * Test helper: bearer tokens minted with the service's local signing key (as {@code ./hotline token} does), a
 * tester that sends one, and service calls made as a given principal (as the command-line import does).
 */
@Component
public class TestTokens {

    /** The principal the write tests act as unless they test authorisation itself. */
    public static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, null, null);

    private final TokenMinter minter;

    public TestTokens(TokenMinter minter) {
        this.minter = minter;
    }

    /** A token for the actor, valid for an hour. */
    public String tokenFor(Actor actor) {
        return minter.mint(actor, Duration.ofHours(1));
    }

    /** The tester, sending a token for the actor with every request. */
    public HttpGraphQlTester as(Actor actor, HttpGraphQlTester tester) {
        String token = tokenFor(actor);
        return tester.mutate().headers(headers -> headers.setBearerAuth(token)).build();
    }

    /** Runs service calls as {@link #ADMIN}, e.g. an import that prepares a test's data. */
    public static <T> T asAdmin(Supplier<T> work) {
        return CurrentPrincipal.runAs(ADMIN, work);
    }
}
