package org.hotlineperf.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.hotlineperf.graphql.ErrorBodies;
import org.hotlineperf.limits.LimitsProperties;
import org.hotlineperf.limits.RateLimitFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The HTTP side of security: stateless bearer-token authentication (Spring Security's OAuth2 resource server)
 * on every request that carries a token, so that the services know the principal; a bad token is a 401 even
 * where no token is needed. Reads are open unless {@code hotline-perf.security.reads-require-authentication}
 * is set, then {@code /graphql} and the {@code /analytics/} downloads need a token of any role. Writes are
 * authorised in the services ({@link Authorisation}), not here. Health and info stay open for probes; other
 * Actuator endpoints need ADMIN. The rate limit runs right after authentication.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProperties properties,
                                            TokenClaims claims, LimitsProperties limits, CurrentPrincipal principal)
            throws Exception {
        BearerAuthenticationEntryPoint entryPoint = new BearerAuthenticationEntryPoint();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> ErrorBodies.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                                "This endpoint needs the role ADMIN", Map.of())))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    if (properties.readsRequireAuthentication()) {
                        requests.requestMatchers("/graphql", "/analytics/**").authenticated();
                    }
                    requests.anyRequest().permitAll();
                })
                .addFilterAfter(new RateLimitFilter(limits, principal), BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
