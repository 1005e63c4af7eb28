package org.hotlineperf.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotlineperf.TableCounts;
import org.hotlineperf.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bearer tokens at the HTTP layer, with reads open (the default): an expired, malformed, wrongly signed or unfit
 * token is a 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} and {@code extensions.code:
 * UNAUTHORIZED} naming no internal detail, also on a read that needs no token and on a mutation, which writes
 * nothing; a good token reads. Health stays open; other Actuator endpoints need ADMIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenAuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ = "{\"query\":\"{ projects { totalCount } }\"}";
    private static final String WRITE = """
            {"query":"mutation { createProject(input: {key: \\"token-test\\", name: \\"项目\\", regionCode: \\"430700\\",\
             periodStartYear: 2020, periodEndYear: 2020}) { project { id } } }"}""";
    private static final Actor FINANCE = new Actor("token-test-finance", Role.FINANCE, "430700", "常德市财政局");

    @LocalServerPort
    int port;

    @Autowired
    TokenMinter minter;

    @Autowired
    TestTokens tokens;

    @Autowired
    TableCounts tables;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anExpiredAMalformedAndAWronglySignedTokenAreRefusedWith401EvenForAnOpenRead() throws Exception {
        String expired = minter.mint(FINANCE, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        String wronglySigned = new TokenMinter(AuthenticationProperties.keyOf("another key that the service does not know"))
                .mint(FINANCE, Duration.ofHours(1));

        for (String token : List.of(expired, "not-a-token", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl", wronglySigned)) {
            HttpResponse<String> response = post(READ, token);

            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(token)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
            JsonNode error = JSON.readTree(response.body()).at("/errors/0");
            assertThat(error.at("/extensions/code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(error.at("/message").asText()).isEqualTo(BearerAuthenticationEntryPoint.REFUSED);
            assertThat(response.body() + response.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .doesNotContain("Jwt", "Exception", "expired at", "Nimbus", "signature");
        }
    }

    @Test
    void aTokenWhoseClaimsDoNotNameAnActorIsRefusedSayingWhich() throws Exception {
        String withoutRegion = minter.mint(new Actor("finance-nowhere", Role.FINANCE, null, null), Duration.ofHours(1));

        HttpResponse<String> response = post(READ, withoutRegion);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/errors/0/message").asText())
                .isEqualTo("The bearer token was refused: a FINANCE token must name its region");
    }

    @Test
    void aMutationWithABadTokenIsA401AndWritesNothing() throws Exception {
        String expired = minter.mint(TestTokens.ADMIN, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        var before = tables.snapshot();

        HttpResponse<String> response = post(WRITE, expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void aGoodTokenReadsAndReadsNeedNoTokenByDefault() throws Exception {
        HttpResponse<String> withToken = post(READ, tokens.tokenFor(FINANCE));
        HttpResponse<String> withoutToken = post(READ, null);

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"totalCount\":4");
        assertThat(withoutToken.statusCode()).isEqualTo(200);
        assertThat(withoutToken.body()).contains("\"totalCount\":4");
    }

    @Test
    void healthIsOpenAndTheOtherActuatorEndpointsNeedAdmin() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = get("/actuator/metrics", tokens.tokenFor(new Actor("metrics-viewer", Role.VIEWER,
                null, null)));
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(viewer.body()).at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(get("/actuator/metrics", tokens.tokenFor(TestTokens.ADMIN)).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
