package org.hotlineperf.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the default dataset (the seed reports) lives and whether it is loaded into an empty database.
 */
@ConfigurationProperties("hotline-perf.seed-dataset")
public record SeedDatasetProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:dataset/seeds/*.json") String location) {
}
