package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ReportImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A write of this server reaches its analytics store once, by the sync after its commit; the catch-up that follows
 * the audit trail then takes its entry in without syncing the project again. The scheduled catch-up is set an hour
 * apart, so that only the test's own rounds run; in a schema of its own, so that the import reaches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.flyway.schemas=own_write_follow",
        "spring.flyway.default-schema=own_write_follow",
        "spring.datasource.hikari.schema=own_write_follow",
        "hotline-perf.analytics.catch-up-interval=1h"})
class OwnWriteCatchUpTest {

    @Autowired
    ReportImportService importService;

    @Autowired
    AnalyticsSync sync;

    @Autowired
    AnalyticsStore store;

    @Test
    void theCatchUpDoesNotSyncAgainWhatTheSyncAfterTheCommitTookIn() {
        sync.catchUp();
        Optional<OffsetDateTime> beforeImport = store.refreshedAt();

        TestTokens.asAdmin(() -> importService.importDocument(SeedDocuments.copyOf("fumin-2025-self.json",
                "own-write")));
        Optional<OffsetDateTime> afterImport = store.refreshedAt();
        sync.catchUp();
        sync.catchUp();

        assertThat(afterImport).as("the sync after the commit wrote the store").isNotEqualTo(beforeImport);
        assertThat(store.refreshedAt()).as("the catch-up wrote nothing more").isEqualTo(afterImport);
    }
}
