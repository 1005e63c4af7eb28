package org.hotlineperf.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hotlineperf.TestTokens;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The limits that protect the server, with tiny values so that they trip at once: a request body over the limit is
 * a 413 whether its length is declared or chunked; a statement that sleeps in PostgreSQL past the statement timeout
 * is stopped and reported as TIMEOUT without SQL; a resolver that takes longer than the request timeout gets a
 * TIMEOUT answer without waiting for it; and a principal (or, without a token, a client address) beyond its rate
 * gets 429 with a retry hint, while other principals go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hotline-perf.limits.max-request-body-size=64KB",
        "hotline-perf.limits.statement-timeout=2s",
        "hotline-perf.limits.graphql-request-timeout=4s",
        "hotline-perf.limits.rate-limit.requests=3",
        "hotline-perf.limits.rate-limit.period=1h"})
@DirtiesContext
class LimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT_BYTES = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBodyOverTheLimitIsA413WhetherItsLengthIsDeclaredOrChunked() throws Exception {
        String tooLarge = query("{ projects { totalCount } }", LIMIT_BYTES + 1);
        String fits = query("{ projects { totalCount } }", LIMIT_BYTES - 1024);
        String token = tokens.tokenFor(actor("body-size"));

        HttpResponse<String> declared = send(request(token).POST(HttpRequest.BodyPublishers.ofString(tooLarge)));
        HttpResponse<String> chunked = send(request(token).POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8)))));
        HttpResponse<String> chunkedWithin = send(request(token).POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                new ByteArrayInputStream(fits.getBytes(StandardCharsets.UTF_8)))));

        for (HttpResponse<String> refused : List.of(declared, chunked)) {
            assertThat(refused.statusCode()).isEqualTo(413);
            JsonNode error = JSON.readTree(refused.body()).at("/errors/0");
            assertThat(error.at("/extensions/code").asText()).isEqualTo("REQUEST_TOO_LARGE");
            assertThat(error.at("/extensions/limitBytes").asLong()).isEqualTo(LIMIT_BYTES);
            assertThat(error.at("/message").asText()).contains("larger than the limit of " + LIMIT_BYTES + " bytes");
        }
        assertThat(chunkedWithin.statusCode()).isEqualTo(200);
        assertThat(chunkedWithin.body()).contains("\"totalCount\":4");
    }

    @Test
    void aStatementPastTheStatementTimeoutIsStoppedAndReportedAsTimeoutWithoutSql() throws Exception {
        HttpResponse<String> response = send(request(tokens.tokenFor(actor("slow-statement")))
                .POST(HttpRequest.BodyPublishers.ofString(query("{ slowStatement(seconds: 10) }", 0))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/data/slowStatement").isNull()).isTrue();
        JsonNode error = body.at("/errors/0");
        assertThat(error.at("/extensions/code").asText()).isEqualTo("TIMEOUT");
        assertThat(error.at("/message").asText()).isEqualTo(StatementTimeouts.MESSAGE);
        assertThat(response.body()).doesNotContain("pg_sleep", "canceling", "select", "SQL", "Exception");
    }

    @Test
    void aRequestPastTheRequestTimeoutIsAnsweredWithTimeoutWithoutWaitingForIt() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(request(tokens.tokenFor(actor("slow-field")))
                .POST(HttpRequest.BodyPublishers.ofString(query("{ slowField(seconds: 8) }", 0))));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("data")).isTrue();
        assertThat(body.get("data").isNull()).isTrue();
        JsonNode error = body.at("/errors/0");
        assertThat(error.at("/extensions/code").asText()).isEqualTo("TIMEOUT");
        assertThat(error.at("/extensions/timeoutSeconds").asLong()).isEqualTo(4);
        assertThat(seconds).as("answered before the resolver finished").isLessThan(8);
    }

    @Test
    void aPrincipalBeyondItsRateGetsA429WithARetryHintWhileOthersGoOn() throws Exception {
        String first = tokens.tokenFor(actor("rate-first"));
        String second = tokens.tokenFor(actor("rate-second"));
        String body = query("{ projects { totalCount } }", 0);

        for (int i = 0; i < 3; i++) {
            assertThat(send(request(first).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> limited = send(request(first).POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> other = send(request(second).POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(limited.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        JsonNode error = JSON.readTree(limited.body()).at("/errors/0");
        assertThat(error.at("/extensions/code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(error.at("/extensions/retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(error.at("/message").asText()).contains("retry after " + retryAfter + " s");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenTheRateIsCountedByClientAddress() throws Exception {
        String body = query("{ projects { totalCount } }", 0);

        for (int i = 0; i < 3; i++) {
            assertThat(send(request(null).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> limited = send(request(null).POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(request(tokens.tokenFor(actor("rate-with-token")))
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()).isEqualTo(200);
    }

    private static Actor actor(String name) {
        return new Actor("limits-" + name, Role.VIEWER, null, null);
    }

    /** A GraphQL request body for the query, padded with spaces to at least {@code size} bytes. */
    private static String query(String query, int size) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query));
        return body.length() >= size ? body : body.substring(0, body.length() - 1) + " ".repeat(size - body.length())
                + "}";
    }

    private HttpRequest.Builder request(String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
