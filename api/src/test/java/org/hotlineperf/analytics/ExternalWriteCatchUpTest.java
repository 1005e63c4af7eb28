package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hotlineperf.HotlinePerfApplication;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TestTokens;
import org.hotlineperf.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A write made by another process (here the command-line import, a second application on the same database)
 * reaches this server's analytics store through the audit trail, without a restart.
 */
@WriteTest
class ExternalWriteCatchUpTest {

    private static final String UNIT_COSTS = """
            query($filter: ComparisonFilter) { analytics { unitCosts(filter: $filter, first: 100) {
              nodes { projectKey fiscalYear } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TestTokens tokens;

    @Test
    void aCommandLineImportReachesTheRunningServersAnalytics(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("external.json"),
                SeedDocuments.copyOf("fumin-2025-self.json", "external-write").toString());
        assertThat(projectKeys()).doesNotContain("external-write");

        try (ConfigurableApplicationContext cli = new SpringApplicationBuilder(HotlinePerfApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.flyway.schemas=writes", "--spring.flyway.default-schema=writes",
                        "--spring.datasource.hikari.schema=writes", "--hotline-perf.seed-dataset.enabled=false",
                        "--hotline-perf.import.path=" + folder,
                        "--hotline-perf.import.token=" + tokens.tokenFor(TestTokens.ADMIN),
                        "--hotline-perf.analytics.file=" + folder.resolve("cli.duckdb"))) {
            assertThat(SpringApplication.exit(cli)).isZero();
        }

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!projectKeys().contains("external-write") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(projectKeys()).contains("external-write");
    }

    private List<Object> projectKeys() throws IOException {
        return graphQl.document(UNIT_COSTS).variable("filter", Map.of("regionCode", "530124")).execute()
                .path("analytics.unitCosts.nodes").entityList(MAP).get().stream().map(row -> row.get("projectKey"))
                .toList();
    }
}
