package org.hotlineperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hotlineperf.analytics.AnalyticsStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The analytics file deleted or overwritten while the service runs is rebuilt from PostgreSQL on its own, and the
 * comparisons answer throughout; an overwritten file is kept beside the new one for inspection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline-perf.analytics.catch-up-interval=200ms")
@AutoConfigureHttpGraphQlTester
class AnalyticsFileLossTest {

    private static final String SCORES = "{ analytics { upToDate scoreComparison(first: 100) { nodes { projectKey totalScore } } } }";

    @Autowired
    AnalyticsStore store;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void deletedFileIsRebuilt() throws Exception {
        Files.delete(store.file());

        assertThat(scoredProjects()).contains("huainan-12345-hotline", "fumin-hotline-handling");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(store.file()) && !store.fileLost());
        assertThat(scoredProjects()).contains("huainan-12345-hotline", "fumin-hotline-handling");
    }

    @Test
    void fileOverwrittenWithGarbageIsMovedAsideAndRebuilt() throws Exception {
        Files.writeString(store.file(), "not a database any more");

        await().atMost(Duration.ofSeconds(60)).until(() -> !store.fileLost());
        assertThat(scoredProjects()).contains("huainan-12345-hotline", "fumin-hotline-handling");
        Path folder = store.file().toAbsolutePath().getParent();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(store.file().getFileName() + ".unreadable-"));
        }
    }

    private List<String> scoredProjects() {
        return graphQl.document(SCORES).execute()
                .errors().verify()
                .path("analytics.upToDate").entity(Boolean.class).isEqualTo(true)
                .path("analytics.scoreComparison.nodes[*].projectKey").entityList(String.class).get();
    }
}
