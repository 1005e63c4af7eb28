package org.hotlineperf.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits that protect the server from expensive GraphQL queries ({@code hotline-perf.graphql.*}).
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxCost  most objects a query may ask for, estimated before execution
 */
@ConfigurationProperties("hotline-perf.graphql")
public record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("20000") long maxCost) {
}
