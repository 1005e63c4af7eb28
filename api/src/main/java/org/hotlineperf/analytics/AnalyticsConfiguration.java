package org.hotlineperf.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Opens the analytics store (closed cleanly on shutdown) and the comparisons that run on it, and schedules the
 * store's catch-up with PostgreSQL ({@link AnalyticsSync#catchUp}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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
