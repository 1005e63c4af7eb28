package org.hotlineperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotlineperf.HttpClientForTests.Reply;
import org.hotlineperf.HttpClientForTests;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TestTokens;
import org.hotlineperf.ThrowawayPostgres;
import org.hotlineperf.analytics.AnalyticsStore;
import org.hotlineperf.graphql.Unavailability;
import org.hotlineperf.importer.ImportOutcome;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.project.ProjectDataChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * PostgreSQL stops and comes back while the service runs, on a cluster this test owns: entity reads and writes are
 * UNAVAILABLE without internals, health is DOWN, the comparisons keep answering from DuckDB and say they are
 * behind; a write committed just before the stop and a DuckDB file deleted during it both reach the store once
 * PostgreSQL is back, and everything recovers without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline-perf.analytics.catch-up-interval=200ms")
@DirtiesContext
class DatabaseOutageTest {

    private static final ThrowawayPostgres database = ThrowawayPostgres.start();

    private static final String BUDGETS_IN_YUNNAN = """
            { analytics { upToDate behindSince budgetExecution(filter: { regionCode: "530000" }, first: 100) {
              nodes { projectKey } } } }""";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::jdbcUrl);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ReportImportService imports;

    @Autowired
    AnalyticsStore store;

    @Autowired
    StopDatabaseAfterCommit stopAfterCommit;

    @Test
    void servesWhatItCanWhilePostgresIsDownAndRecoversWithoutRestart() throws Exception {
        HttpClientForTests client = new HttpClientForTests(port);
        assertThat(client.graphQl("{ projects { totalCount } }", null).json().at("/data/projects/totalCount").asInt())
                .isEqualTo(4);

        stopAfterCommit.arm();
        assertThat(TestTokens.asAdmin(() -> imports.importDocument(
                SeedDocuments.copyOf("fumin-2025-self.json", "outage-committed"))).outcome())
                .isEqualTo(ImportOutcome.IMPORTED);

        Reply projects = client.graphQl("{ projects { totalCount } }", null);
        assertThat(projects.status()).isEqualTo(200);
        assertThat(projects.errorCodes()).containsExactly("UNAVAILABLE");
        assertThat(projects.json().at("/errors/0/message").asText()).contains("try again");
        assertThat(projects.body()).doesNotContainIgnoringCase("exception").doesNotContain("org.")
                .doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("connection refused")
                .doesNotContain(String.valueOf(database.port()));
        assertThatThrownBy(() -> TestTokens.asAdmin(() -> imports.importDocument(
                SeedDocuments.copyOf("fumin-2025-self.json", "outage-refused"))))
                .satisfies(failure -> assertThat(Unavailability.isUnavailable(failure)).isTrue());

        Reply health = client.get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().at("/status").asText()).isEqualTo("DOWN");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("DOWN");
        assertThat(health.json().at("/components/analytics/status").asText()).isEqualTo("UP");

        JsonNode behind = analytics(client);
        assertThat(behind.path("upToDate").asBoolean()).isFalse();
        assertThat(behind.path("behindSince").asText()).isNotBlank();
        assertThat(projectKeys(behind)).contains("fumin-hotline-handling").doesNotContain("outage-committed");

        Files.delete(store.file());
        await().atMost(Duration.ofSeconds(30)).until(store::fileLost);
        Thread.sleep(1_000);
        assertThat(projectKeys(analytics(client))).contains("fumin-hotline-handling");

        database.startServer();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                client.graphQl("{ projects { totalCount } }", null).json().at("/data/projects/totalCount").asInt())
                .isEqualTo(5));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode caughtUp = analytics(client);
            assertThat(caughtUp.path("upToDate").asBoolean()).isTrue();
            assertThat(caughtUp.path("behindSince").isNull()).isTrue();
            assertThat(projectKeys(caughtUp)).contains("fumin-hotline-handling", "outage-committed");
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(store.fileLost()).isFalse();
            assertThat(store.file()).exists();
        });
        assertThat(projectKeys(analytics(client))).contains("outage-committed");
        Reply recovered = client.get("/actuator/health");
        assertThat(recovered.status()).isEqualTo(200);
        assertThat(recovered.json().at("/status").asText()).isEqualTo("UP");
    }

    private static JsonNode analytics(HttpClientForTests client) {
        Reply reply = client.graphQl(BUDGETS_IN_YUNNAN, null);
        assertThat(reply.body()).doesNotContain("\"errors\"");
        return reply.json().at("/data/analytics");
    }

    private static List<String> projectKeys(JsonNode analytics) {
        List<String> keys = new ArrayList<>();
        analytics.path("budgetExecution").path("nodes").forEach(row -> keys.add(row.path("projectKey").asText()));
        return keys;
    }

    @TestConfiguration
    static class Configuration {

        @Bean
        StopDatabaseAfterCommit stopDatabaseAfterCommit() {
            return new StopDatabaseAfterCommit();
        }
    }

    /** Stops PostgreSQL right after the next write commits, before the analytics store takes the write in. */
    static class StopDatabaseAfterCommit {

        private final AtomicBoolean armed = new AtomicBoolean();

        void arm() {
            armed.set(true);
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void stopDatabase(ProjectDataChanged change) {
            if (armed.getAndSet(false)) {
                database.stop();
            }
        }
    }
}
