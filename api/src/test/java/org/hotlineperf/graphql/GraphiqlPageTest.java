package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GraphiQL page over real HTTP: {@code /graphiql} leads to the page, the page names no absolute URL (no
 * CDN: the machines that run the service have no internet access), and every script and stylesheet it
 * loads is served by the application itself with a JavaScript or CSS content type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiqlPageTest {

    private static final Pattern SCRIPT_SRC = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");
    private static final Pattern STYLESHEET_HREF =
            Pattern.compile("<link\\b(?=[^>]*\\brel=\"stylesheet\")[^>]*\\bhref=\"([^\"]+)\"");
    private static final Pattern ANY_URL_ATTRIBUTE = Pattern.compile("\\b(?:src|href)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void graphiqlWithoutTrailingSlashLeadsToThePage() throws Exception {
        HttpResponse<String> page = get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/graphiql/");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<title>hotline-perf GraphiQL</title>")
                .contains("GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() })");
    }

    @Test
    void pageNamesNoAbsoluteUrl() throws Exception {
        String body = get("/graphiql").body();

        assertThat(body).doesNotContainPattern("(?i)https?:");
        assertThat(all(ANY_URL_ATTRIBUTE, body)).isNotEmpty()
                .allSatisfy(url -> assertThat(url).doesNotStartWith("//").doesNotContain(":"));
    }

    @Test
    void everyScriptAndStylesheetIsServedByTheApplication() throws Exception {
        HttpResponse<String> page = get("/graphiql");
        List<String> scripts = all(SCRIPT_SRC, page.body());
        List<String> stylesheets = all(STYLESHEET_HREF, page.body());

        assertThat(scripts).containsExactly(
                "vendor/react.production.min.js", "vendor/react-dom.production.min.js", "vendor/graphiql.min.js");
        assertThat(stylesheets).containsExactly("vendor/graphiql.min.css");
        for (String script : scripts) {
            assertServed(page.uri().resolve(script), "text/javascript", "application/javascript");
        }
        for (String stylesheet : stylesheets) {
            assertServed(page.uri().resolve(stylesheet), "text/css");
        }
    }

    private void assertServed(URI uri, String... contentTypes) throws Exception {
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPort()).isEqualTo(port);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(uri.toString()).hasValueSatisfying(
                type -> assertThat(type.split(";")[0].trim()).isIn((Object[]) contentTypes));
        assertThat(response.body()).as(uri.toString()).isNotBlank();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> all(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
