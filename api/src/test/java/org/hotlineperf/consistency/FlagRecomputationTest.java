package org.hotlineperf.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;
import static org.hotlineperf.db.Tables.CONSISTENCY_CHECK_RUN;
import static org.hotlineperf.db.Tables.CONSISTENCY_FLAG;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.SeedProjects;
import org.hotlineperf.StatementCounter;
import org.hotlineperf.TestTokens;
import org.hotlineperf.importer.ImportOutcome;
import org.hotlineperf.importer.ReportImportService;
import org.hotlineperf.project.ProjectDataChanged;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags follow every write: an import raises or clears them in its own transaction and the analytics counts follow
 * after the commit; the recomputation runs the same statements for one project as for several; at start, stored
 * data gets flags when the check definitions changed, and only then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class FlagRecomputationTest {

    private static final String KEY = "flag-recompute-test";
    /** 五华区, Kunming: a region no seed report is in. */
    private static final String REGION = "530102";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ReportImportService importService;

    @Autowired
    FlagService flags;

    @Autowired
    SeedProjects seeds;

    @Autowired
    StatementCounter statements;

    @Autowired
    DSLContext dsl;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anImportRaisesAndAReplacementClearsTheFlagsOfItsProject() {
        ObjectNode document = fuminCopy();
        ObjectNode fundsReceived = fundsReceivedRate(document);
        fundsReceived.putObject("actual").put("value", "85").put("unit", "%").put("text", "85%");
        try {
            assertThat(TestTokens.asAdmin(() -> importService.importDocument(document)).outcome())
                    .isEqualTo(ImportOutcome.IMPORTED);

            List<Map<String, Object>> raised = projectFlags();
            assertThat(raised).extracting(flag -> flag.get("code"), flag -> flag.get("severity"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RULE_SCORE_MISMATCH", "ERROR"));
            assertThat((String) raised.getFirst().get("messageZh")).isEqualTo("“资金到位率”：按报告所列评分规则"
                    + "（90%以上（不含）得满分，每低5个百分点扣0.5分，扣完为止），实际完成85%应得0.5分，报告得分1分。");
            assertThat(countedInAnalytics()).isEqualTo(List.of(Map.of("code", "RULE_SCORE_MISMATCH", "flags", 1)));

            fundsReceived.put("score", "0.5").put("pointsDeducted", "0.5");
            ((ObjectNode) document.get("evaluation")).put("totalScore", "96.5");
            assertThat(TestTokens.asAdmin(() -> importService.importDocument(document)).outcome())
                    .isEqualTo(ImportOutcome.REPLACED);

            assertThat(projectFlags()).isEmpty();
            assertThat(countedInAnalytics()).isEmpty();
        } finally {
            removeProject();
        }
    }

    @Test
    void recomputingSeveralProjectsTakesAsManyStatementsAsOne() {
        List<Long> all = List.of(seeds.idOf("huainan-12345-hotline"), seeds.idOf("changde-mayor-hotline"),
                seeds.idOf("jiangmen-administrative-centre-operations"), seeds.idOf("fumin-hotline-handling"));
        int before = dsl.fetchCount(CONSISTENCY_FLAG);

        int forOne = statements.count(() -> flags.recompute(List.of(all.getFirst())));
        int forFour = statements.count(() -> flags.recompute(all));

        assertThat(forOne).isPositive().isEqualTo(forFour);
        assertThat(dsl.fetchCount(CONSISTENCY_FLAG)).isEqualTo(before);
    }

    @Test
    void atStartStoredDataGetsFlagsOnlyWhenTheChecksChanged() {
        long jiangmen = seeds.idOf("jiangmen-administrative-centre-operations");
        int stored = dsl.fetchCount(CONSISTENCY_FLAG);
        assertThat(stored).isPositive();
        try {
            transaction.executeWithoutResult(status -> {
                dsl.deleteFrom(CONSISTENCY_FLAG).execute();
                dsl.deleteFrom(CONSISTENCY_CHECK_RUN).execute();
            });
            flags.recomputeIfChecksChanged();
            assertThat(dsl.fetchCount(CONSISTENCY_FLAG)).isEqualTo(stored);
            assertThat(dsl.fetchValue(CONSISTENCY_CHECK_RUN.CHECKS_VERSION)).isEqualTo(ConsistencyChecks.VERSION);

            dsl.deleteFrom(CONSISTENCY_FLAG).where(CONSISTENCY_FLAG.PROJECT_ID.eq(jiangmen)).execute();
            flags.recomputeIfChecksChanged();
            assertThat(dsl.fetchCount(CONSISTENCY_FLAG)).isEqualTo(stored - 2);
        } finally {
            flags.recompute(List.of(jiangmen));
        }
        assertThat(dsl.fetchCount(CONSISTENCY_FLAG)).isEqualTo(stored);
    }

    private List<Map<String, Object>> projectFlags() {
        long projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(KEY)).fetchSingle(PROJECT.ID);
        return graphQl.document("query($id: ID!) { project(id: $id) { flags { code severity messageZh } } }")
                .variable("id", String.valueOf(projectId)).execute()
                .path("project.flags").entityList(MAP).get();
    }

    /** The flags by code that the analytics store counts for the test's region. */
    private List<Object> countedInAnalytics() {
        return graphQl.document("""
                        query($filter: ComparisonFilter) { analytics { flagCounts(filter: $filter) {
                          edges { node { byCode { code flags } } } } } }""")
                .variable("filter", Map.of("regionCode", REGION)).execute()
                .path("analytics.flagCounts.edges[*].node.byCode[*]").entityList(Object.class).get();
    }

    /** Fumin's report as another project in another county. */
    private static ObjectNode fuminCopy() {
        ObjectNode document = SeedDocuments.copyOf("fumin-2025-self.json", KEY);
        ((ObjectNode) document.get("project")).put("regionCode", REGION);
        return document;
    }

    private static ObjectNode fundsReceivedRate(JsonNode document) {
        return (ObjectNode) document.get("evaluation").get("indicators").get(0).get("children").get(1).get("children")
                .get(0);
    }

    /** Deletes the test project and its report as a committed write that announces the change. */
    private void removeProject() {
        transaction.executeWithoutResult(status -> {
            Long projectId = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(KEY))
                    .fetchOptional(PROJECT.ID).orElse(null);
            if (projectId != null) {
                dsl.deleteFrom(REPORT).where(REPORT.PROJECT_ID.eq(projectId)).execute();
                dsl.deleteFrom(PROJECT_COMPONENT).where(PROJECT_COMPONENT.PROJECT_ID.eq(projectId)).execute();
                dsl.deleteFrom(PROJECT).where(PROJECT.ID.eq(projectId)).execute();
                events.publishEvent(new ProjectDataChanged(Set.of(projectId), null));
            }
        });
    }
}
