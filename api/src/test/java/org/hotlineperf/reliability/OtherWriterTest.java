package org.hotlineperf.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.hotlineperf.db.Tables.PROJECT;

import java.time.Duration;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ReportImportService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write made by another process (here: straight to PostgreSQL, with its audit entry, and no event in this
 * process) reaches this process's analytics store through the audit trail. In a schema of its own, since every
 * other test context follows the audit trail of the schema it reads too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hotline-perf.analytics.catch-up-interval=200ms", "spring.flyway.schemas=other_writer",
        "spring.flyway.default-schema=other_writer", "spring.datasource.hikari.schema=other_writer"})
@AutoConfigureHttpGraphQlTester
class OtherWriterTest {

    @Autowired
    ReportImportService imports;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void writeOfAnotherProcessReachesTheComparisons() {
        TestTokens.asAdmin(() -> imports.importDocument(
                SeedDocuments.copyOf("fumin-2025-self.json", "other-writer")));
        long projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq("other-writer"))
                .fetchSingle(PROJECT.ID);

        transaction.executeWithoutResult(status -> {
            dsl.update(PROJECT).set(PROJECT.NAME, "另一进程改名").set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                    .where(PROJECT.ID.eq(projectId)).execute();
            dsl.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.PRINCIPAL, "another-process").set(AUDIT_ENTRY.ACTION, "UPDATE")
                    .set(AUDIT_ENTRY.ENTITY_TYPE, "PROJECT").set(AUDIT_ENTRY.ENTITY_ID, String.valueOf(projectId))
                    .set(AUDIT_ENTRY.PROJECT_ID, projectId).execute();
        });

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(graphQl.document("""
                        { analytics { budgetExecution(filter: { regionCode: "530124" }, first: 100) {
                          nodes { projectKey projectName } } } }""")
                .execute().path("analytics.budgetExecution.nodes[?(@.projectKey == 'other-writer')].projectName")
                .entityList(String.class).get()).contains("另一进程改名"));
    }
}
