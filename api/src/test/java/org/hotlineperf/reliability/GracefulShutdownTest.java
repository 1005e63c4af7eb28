package org.hotlineperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hotlineperf.HotlinePerfApplication;
import org.hotlineperf.HttpClientForTests;
import org.hotlineperf.HttpClientForTests.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shutdown is graceful: once it starts, the server takes no new connections, a request in flight still gets its
 * full answer, and the analytics file is closed cleanly (checkpointed, no write-ahead log left, readable as is).
 */
class GracefulShutdownTest {

    @TempDir
    Path folder;

    @Test
    void requestInFlightFinishesAndTheAnalyticsFileIsClosedCleanly() throws Exception {
        Path analyticsFile = folder.resolve("analytics.duckdb");
        ConfigurableApplicationContext application = new SpringApplicationBuilder(HotlinePerfApplication.class)
                .run("--server.port=0", "--hotline-perf.analytics.file=" + analyticsFile);
        int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        HttpClientForTests client = new HttpClientForTests(port);
        HeldQueryController.reset();

        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> client.graphQl("{ heldQuery }", null));
        assertThat(HeldQueryController.awaitArrival()).isTrue();
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(application::close);

        await().atMost(Duration.ofSeconds(30)).until(() -> !accepts(port));
        assertThat(inFlight).isNotDone();
        assertThat(shutdown).isNotDone();

        HeldQueryController.release();

        Reply reply = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/data/heldQuery").asText()).isEqualTo("released");
        shutdown.get(60, TimeUnit.SECONDS);
        assertThat(application.isActive()).isFalse();
        assertThat(folder.resolve("analytics.duckdb.wal")).doesNotExist();
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:" + analyticsFile.toAbsolutePath());
             Statement statement = duckDb.createStatement();
             ResultSet loaded = statement.executeQuery("SELECT count(*) FROM project")) {
            loaded.next();
            assertThat(loaded.getInt(1)).isGreaterThanOrEqualTo(4);
        }
        assertThat(Files.size(analyticsFile)).isPositive();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
