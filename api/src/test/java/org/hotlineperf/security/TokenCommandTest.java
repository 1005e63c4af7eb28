package org.hotlineperf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * {@code ./hotline token}: prints one token, signed with the configured local key, that the service's decoder
 * accepts and that names the actor asked for, with the lifetime asked for; options the role needs are required,
 * and Spring properties (the signing key) pass through to the configuration.
 */
class TokenCommandTest {

    @Test
    void printsATokenTheServiceAcceptsForTheRoleRegionAndOrganisationAskedFor() {
        String key = "a signing key for this test only, 32 bytes or more";
        String printed = run("--role", "FINANCE", "--region", "430700", "--organisation", "常德市财政局",
                "--subject", "finance-li", "--ttl", "2h", "--hotline-perf.security.local-signing-key=" + key);

        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(AuthenticationProperties.keyOf(key))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(AuthenticationProperties.LOCAL_ISSUER));
        Jwt token = decoder.decode(printed.strip());

        assertThat(printed.lines()).hasSize(1);
        assertThat(new TokenClaims().actorOf(token))
                .isEqualTo(new Actor("finance-li", Role.FINANCE, "430700", "常德市财政局"));
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theClaimsARoleNeedsAreRequired() {
        assertThatThrownBy(() -> TokenCommand.actor(Map.of("role", "FINANCE")))
                .hasMessage("a FINANCE token must name its region");
        assertThatThrownBy(() -> TokenCommand.actor(Map.of("role", "DEPARTMENT", "region", "430700")))
                .hasMessage("a DEPARTMENT token must name its organisation");
        assertThatThrownBy(() -> TokenCommand.actor(Map.of("role", "MAYOR")))
                .hasMessageContaining("ADMIN, FINANCE, DEPARTMENT, VIEWER");
        assertThatThrownBy(() -> TokenCommand.actor(Map.of("role", "FINANCE", "region", "4307")))
                .hasMessageContaining("six-digit");
        assertThatThrownBy(() -> TokenCommand.options(new String[] {"--role"}, new ArrayList<>()))
                .hasMessage("--role needs a value");
        List<String> spring = new ArrayList<>();
        assertThat(TokenCommand.options(new String[] {"--role=ADMIN", "--spring.main.banner-mode=off"}, spring))
                .containsExactly(Map.entry("role", "ADMIN"));
        assertThat(spring).containsExactly("--spring.main.banner-mode=off");
    }

    private static String run(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TokenCommand.main(args);
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
