package org.hotlineperf.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Bearer tokens checked with the local signing key, used when no issuer is configured (the default, so a fresh
 * clone works out of the box). Configuring {@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * {@code jwk-set-uri} or {@code public-key-location} switches this off, and Spring Boot's decoder for that issuer
 * takes over. The local decoder accepts only HS256 tokens of the local issuer, within their lifetime.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalSigningKeyConfiguration.NoIssuerConfigured.class)
class LocalSigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalSigningKeyConfiguration.class);

    @Bean
    JwtDecoder localJwtDecoder(AuthenticationProperties properties) {
        if (properties.usesDevelopmentKey()) {
            log.warn("Bearer tokens are checked with the development signing key, which is public: set"
                    + " hotline-perf.security.local-signing-key, or an issuer"
                    + " (spring.security.oauth2.resourceserver.jwt.issuer-uri), before production use");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(properties.localKey())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(AuthenticationProperties.LOCAL_ISSUER));
        return decoder;
    }

    @Bean
    TokenMinter tokenMinter(AuthenticationProperties properties) {
        return new TokenMinter(properties.localKey());
    }

    /** None of the properties that name a production issuer or its keys is set. */
    static class NoIssuerConfigured extends NoneNestedConditions {

        NoIssuerConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
        static class IssuerUri {
        }

        @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
        static class JwkSetUri {
        }

        @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.public-key-location")
        static class PublicKeyLocation {
        }
    }
}
