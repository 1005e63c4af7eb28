package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hotlineperf.HotlinePerfApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The synthetic generator run as its own process ({@code ./hotline generate}) beside a running server writes one
 * audit entry for the whole dataset; the server's analytics store takes it in with a full load, without a restart.
 * In a schema of its own, so that the generated projects reach no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=generated_follow",
        "spring.flyway.default-schema=generated_follow",
        "spring.datasource.hikari.schema=generated_follow"})
@AutoConfigureHttpGraphQlTester
class GeneratedDatasetCatchUpTest {

    private static final String SCORED_EVALUATIONS = """
            { analytics { scoreComparison(filter: { regionCode: "640500" }, first: 1) { totalCount } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aDatasetGeneratedByAnotherProcessReachesTheRunningServersAnalytics(@TempDir Path folder)
            throws Exception {
        assertThat(scoredEvaluations()).isZero();

        try (ConfigurableApplicationContext generator = new SpringApplicationBuilder(HotlinePerfApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.flyway.schemas=generated_follow", "--spring.flyway.default-schema=generated_follow",
                        "--spring.datasource.hikari.schema=generated_follow",
                        "--hotline-perf.seed-dataset.enabled=false", "--hotline-perf.synthetic.generate=true",
                        "--hotline-perf.synthetic.region=640500", "--hotline-perf.synthetic.years=2",
                        "--hotline-perf.analytics.file=" + folder.resolve("generator.duckdb"))) {
            assertThat(SpringApplication.exit(generator)).isZero();
        }

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (scoredEvaluations() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(scoredEvaluations()).isPositive();
    }

    private int scoredEvaluations() {
        return graphQl.document(SCORED_EVALUATIONS).execute()
                .path("analytics.scoreComparison.totalCount").entity(Integer.class).get();
    }
}
