package org.hotlineperf.analytics;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded analytics store keeps its DuckDB file ({@code hotline-perf.analytics.file}).
 */
@ConfigurationProperties("hotline-perf.analytics")
public record AnalyticsProperties(@DefaultValue("data/analytics.duckdb") Path file) {
}
