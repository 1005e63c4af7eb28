package org.hotlineperf.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The kept answers of read-only GraphQL operations ({@code hotline-perf.graphql.response-cache.*}), see
 * {@link ResponseCache}.
 *
 * @param enabled whether answers are kept at all
 * @param maxSize about how much heap the kept answers may take together; the least recently used go first
 */
@ConfigurationProperties("hotline-perf.graphql.response-cache")
public record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize) {
}
