package org.hotlineperf.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the application generates the synthetic national dataset when it has started, and its shape: the
 * seed, the fiscal years and optionally one region (with everything below it). Off unless asked for, so the
 * service never loads made-up data by default.
 *
 * @param generate  generate once the application is ready
 * @param seed      the seed; the same seed gives the same data
 * @param firstYear the first fiscal year
 * @param years     how many fiscal years from the first
 * @param region    a GB/T 2260 code to generate only that region and the regions below it; all when empty
 * @param replace   delete an existing synthetic dataset first instead of refusing to run
 */
@ConfigurationProperties("hotline-perf.synthetic")
public record SyntheticDatasetProperties(
        @DefaultValue("false") boolean generate,
        @DefaultValue("42") long seed,
        @DefaultValue("2015") int firstYear,
        @DefaultValue("10") int years,
        String region,
        @DefaultValue("false") boolean replace) {

    GenerationRequest request() {
        return new GenerationRequest(seed, firstYear, years, region == null || region.isBlank() ? null : region,
                replace);
    }
}
