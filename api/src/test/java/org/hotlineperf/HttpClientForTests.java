package org.hotlineperf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Talks to a running server over HTTP as a client would, for tests and benchmarks that need the raw status and
 * body (GraphQL requests, the health endpoint), not the parsed view of a GraphQL tester.
 */
public final class HttpClientForTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpClientForTests(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** POSTs a GraphQL document with variables (may be null) to {@code /graphql}. */
    public Reply graphQl(String document, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode().put("query", document);
        if (variables != null) {
            body.set("variables", JSON.valueToTree(variables));
        }
        return post("/graphql", body.toString(), "application/json");
    }

    /** POSTs any body with the given content type. */
    public Reply post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body, and the body as JSON where it is JSON. */
    public record Reply(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The {@code extensions.code} of every GraphQL error, in order. */
        public List<String> errorCodes() {
            List<String> codes = new ArrayList<>();
            json().path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText(null)));
            return codes;
        }
    }
}
