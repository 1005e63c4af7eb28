package org.hotlineperf.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one client from exhausting the server ({@code hotline-perf.limits.*}).
 *
 * @param maxRequestBodySize    largest request body accepted (413 above it)
 * @param graphqlRequestTimeout longest a GraphQL request may run before it is answered with TIMEOUT
 * @param statementTimeout      longest one PostgreSQL statement may run (PostgreSQL's {@code statement_timeout});
 *                              0 switches it off
 * @param rateLimit             requests each principal (or, without a token, each client address) may send
 */
@ConfigurationProperties("hotline-perf.limits")
public record LimitsProperties(@DefaultValue("2MB") DataSize maxRequestBodySize,
                               @DefaultValue("20s") Duration graphqlRequestTimeout,
                               @DefaultValue("15s") Duration statementTimeout,
                               @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per principal: {@code requests} at once, refilled at {@code requests} per {@code period}.
     *
     * @param requests requests per period, and the largest burst
     * @param period   the period over which the bucket refills completely
     */
    public record RateLimit(@DefaultValue("600") long requests, @DefaultValue("1m") Duration period) {
    }
}
