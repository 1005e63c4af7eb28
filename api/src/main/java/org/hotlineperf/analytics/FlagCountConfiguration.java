package org.hotlineperf.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The flag counts of the consistency checks on the analytics store.
 */
@Configuration(proxyBeanMethods = false)
class FlagCountConfiguration {

    @Bean
    FlagCounts flagCounts(AnalyticsStore store) {
        return new FlagCounts(store);
    }
}
