package org.hotlineperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.hotlineperf.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With {@code hotline-perf.security.reads-require-authentication=true}: a query over POST or GET and a download
 * without a token are a 401 with {@code WWW-Authenticate: Bearer} and {@code extensions.code: UNAUTHORIZED}; a
 * token of any role, VIEWER included, reads and downloads. GraphiQL's page and health stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline-perf.security.reads-require-authentication=true")
@DirtiesContext
class ReadAuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor VIEWER = new Actor("read-auth-viewer", Role.VIEWER, null, null);
    private static final String EXPORT = "/analytics/export/budget-execution.csv?regionCode=430700";

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void queriesAndDownloadsWithoutATokenAreA401() throws Exception {
        String get = "/graphql?query=" + URLEncoder.encode("{ projects { totalCount } }", StandardCharsets.UTF_8);
        for (HttpResponse<String> response : new HttpResponse[] {post(null), send(get, null), send(EXPORT, null)}) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            JsonNode error = JSON.readTree(response.body()).at("/errors/0");
            assertThat(error.at("/extensions/code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(error.at("/message").asText()).isEqualTo(BearerAuthenticationEntryPoint.MISSING);
        }
    }

    @Test
    void aViewerTokenReadsAndDownloads() throws Exception {
        String token = tokens.tokenFor(VIEWER);

        HttpResponse<String> query = post(token);
        HttpResponse<String> download = send(EXPORT, token);

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"totalCount\":4");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
    }

    @Test
    void graphiqlAndHealthStayOpen() throws Exception {
        assertThat(send("/graphiql/", null).statusCode()).isEqualTo(200);
        assertThat(send("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ projects { totalCount } }\"}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
