package org.hotlineperf.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.hotlineperf.graphql.ErrorBodies;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.CurrentPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-principal rate limiting of the API ({@code /graphql} and the {@code /analytics/} downloads) with a Bucket4j
 * token bucket per principal, or per client address for requests without a token: {@code requests} at once,
 * refilled at {@code requests} per {@code period} ({@code hotline-perf.limits.rate-limit.*}). A request beyond it
 * gets 429 with {@code Retry-After} and {@code extensions.code: RATE_LIMITED} with {@code retryAfterSeconds}.
 * It runs after authentication (inside the security filter chain), so a token's principal is known; buckets
 * unused for a period are dropped, since they would be full again anyway.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final LimitsProperties.RateLimit limit;
    private final CurrentPrincipal principal;
    private final Cache<String, Bucket> buckets;

    public RateLimitFilter(LimitsProperties limits, CurrentPrincipal principal) {
        this.limit = limits.rateLimit();
        this.principal = principal;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(1_000_000).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/graphql") && !path.startsWith("/analytics/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = principal.actor().map(Actor::name).map(name -> "principal:" + name)
                .orElseGet(() -> "address:" + request.getRemoteAddr());
        ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        ErrorBodies.write(response, 429, "RATE_LIMITED", "Too many requests: at most " + limit.requests()
                + " per " + limit.period().toSeconds() + " s are allowed for each principal; retry after "
                + retryAfter + " s", Map.of("retryAfterSeconds", retryAfter));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }
}
