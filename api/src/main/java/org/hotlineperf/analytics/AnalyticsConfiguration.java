package org.hotlineperf.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the analytics store (closed cleanly on shutdown) and the comparisons that run on it.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean(destroyMethod = "close")
    AnalyticsStore analyticsStore(AnalyticsProperties properties) {
        return AnalyticsStore.open(properties.file());
    }

    @Bean
    Comparisons comparisons(AnalyticsStore store) {
        return new Comparisons(store);
    }
}
