package org.hotlineperf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.hotlineperf.TestTokens;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The fuzz run against the real server on a random port: generated GraphQL documents, variables and raw HTTP
 * (see {@link FuzzGenerator}), judged by {@link FuzzRun}. The suite runs a few hundred cases;
 * {@code ./hotline fuzz} runs thousands ({@code hotline-perf.fuzz.cases}, {@code hotline-perf.fuzz.seed}). The run
 * uses a schema of its own, since an accepted write would otherwise change the seed data other tests read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=fuzz", "spring.flyway.default-schema=fuzz", "spring.datasource.hikari.schema=fuzz"})
class GraphQlFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    DSLContext dsl;

    @Autowired
    TestTokens tokens;

    @Value("${hotline-perf.fuzz.cases:300}")
    int cases;

    @Value("${hotline-perf.fuzz.seed:20261121}")
    long seed;

    @Test
    void hostileRequestsGetClearErrorsAndWriteNothing() {
        FuzzGenerator generator = new FuzzGenerator(graphQlSource.schema(), seed, seedDocuments(),
                tokens.tokenFor(TestTokens.ADMIN));
        FuzzRun run = new FuzzRun(port, () -> DatabaseFingerprint.of(dsl));
        long start = System.nanoTime();
        for (int index = 0; index < cases; index++) {
            run.run(generator.generate(index));
        }
        run.summary(cases, seed, Duration.ofNanos(System.nanoTime() - start)).forEach(System.out::println);
        run.examples().forEach((errorClass, example) -> System.out.println("FUZZ example of " + errorClass + ": "
                + (example.length() > 160 ? example.substring(0, 160) + "…" : example)));
        run.failures().forEach(failure -> System.out.println("FUZZ FAILURE " + failure));

        assertThat(run.failures()).isEmpty();
    }

    private static List<ObjectNode> seedDocuments() {
        try {
            Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath:dataset/seeds/*.json");
            return Arrays.stream(seeds).map(GraphQlFuzzTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return (ObjectNode) FuzzValues.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
