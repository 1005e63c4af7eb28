package org.hotlineperf.analytics;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code analytics} component of {@code /actuator/health}: UP while the analytics store answers (also while
 * PostgreSQL is down, when it serves what it holds), DOWN when it cannot; the details say whether it is behind.
 */
@Component("analytics")
class AnalyticsHealthIndicator implements HealthIndicator {

    private final AnalyticsStore store;
    private final AnalyticsSync sync;

    AnalyticsHealthIndicator(AnalyticsStore store, AnalyticsSync sync) {
        this.store = store;
        this.sync = sync;
    }

    @Override
    public Health health() {
        try {
            AnalyticsFreshness freshness = sync.freshness();
            Health.Builder health = Health.up()
                    .withDetail("upToDate", freshness.upToDate())
                    .withDetail("pendingProjects", freshness.pendingProjects());
            store.refreshedAt().ifPresent(at -> health.withDetail("refreshedAt", at.toString()));
            return health.build();
        } catch (RuntimeException e) {
            return Health.down().build();
        }
    }
}
