package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GraphQL-over-HTTP transport at {@code /graphql}: POST and GET, both response media types (and
 * {@code application/json} when the client names none, as the specification says), and the status codes the
 * specification asks for (4xx for a request that cannot run under {@code application/graphql-response+json},
 * 405 for a mutation over GET).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void postAnsweredInTheMediaTypeAskedFor() throws Exception {
        HttpResponse<String> modern = post("{\"query\":\"{ projects { totalCount } }\"}", GRAPHQL_RESPONSE);
        HttpResponse<String> legacy = post("{\"query\":\"{ projects { totalCount } }\"}", "application/json");

        assertThat(modern.statusCode()).isEqualTo(200);
        assertThat(contentType(modern)).startsWith(GRAPHQL_RESPONSE);
        assertThat(modern.body()).contains("\"totalCount\":4");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(contentType(legacy)).startsWith("application/json");
    }

    @Test
    void postWithoutAcceptIsAnsweredAsJson() throws Exception {
        HttpResponse<String> response = post("{\"query\":\"{ projects { totalCount } }\"}", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
    }

    @Test
    void getRunsAQueryWithVariables() throws Exception {
        HttpResponse<String> response = get("query=" + encode("query($f: ProjectFilter) { projects(filter: $f) { totalCount } }")
                + "&variables=" + encode("{\"f\":{\"regionCode\":\"430000\"}}"), GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith(GRAPHQL_RESPONSE);
        assertThat(response.body()).contains("\"totalCount\":1");
    }

    @Test
    void getRefusesMutationsWith405() throws Exception {
        HttpResponse<String> response = get("query=" + encode("mutation { importEvaluationReport }"), GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"");
    }

    @Test
    void nullBodyIsA400NotAServerError() throws Exception {
        HttpResponse<String> response = post(" null ", GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"BAD_REQUEST\"");
        assertThat(post("{\"query\":\"{ projects { totalCount } }\"}", GRAPHQL_RESPONSE).body())
                .contains("\"totalCount\":");
    }

    @Test
    void getWithMalformedVariablesIsA400() throws Exception {
        HttpResponse<String> response = get("query=" + encode("{ projects { totalCount } }") + "&variables=" + encode("{oops"),
                GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("variables and extensions must be JSON objects");
    }

    @Test
    void unparsableDocumentIsA400UnderGraphQlResponseJsonAndA200UnderJson() throws Exception {
        String broken = "{\"query\":\"{ projects { \"}";

        HttpResponse<String> modern = post(broken, GRAPHQL_RESPONSE);
        HttpResponse<String> legacy = post(broken, "application/json");

        assertThat(modern.statusCode()).isEqualTo(400);
        assertThat(modern.body()).contains("\"code\":\"BAD_REQUEST\"").doesNotContain("\"data\"");
        assertThat(legacy.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonBodyIsA400() throws Exception {
        HttpResponse<String> response = post("{\"query\": ", GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("at org.");
    }

    @Test
    void fieldErrorKeepsPartialDataAndA200() throws Exception {
        HttpResponse<String> response = post("{\"query\":\"{ regions { code } project(id: \\\"x\\\") { id } }\"}",
                GRAPHQL_RESPONSE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"regions\":[").contains("\"argument\":\"id\"");
    }

    private HttpResponse<String> post(String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(""))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("?" + query)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String suffix) {
        return URI.create("http://127.0.0.1:" + port + "/graphql" + suffix);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
