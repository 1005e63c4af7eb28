package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.GraphQlTypes.MAP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The comparisons of {@code Query.analytics} as cursor connections on the seed dataset: walking a list a row at a
 * time gives every row once, in the order of one large page, with ranks over the whole set; {@code totalCount} and
 * {@code pageInfo} say where a page sits; a page size over 100 and a cursor that is not one of the list's own are
 * refused, naming the argument. The whole score comparison read for the downloads is the same as its slices.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@SuppressWarnings("unchecked")
class AnalyticsPagingTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Comparisons comparisons;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unitCosts           |                                  | projectKey fiscalYear",
            "budgetExecution     |                                  | projectKey fiscalYear",
            "scoreComparison     |                                  | evaluationId projectKey totalScore rank",
            "deductions          |                                  | level1Group level2Group deductions",
            "indicatorComparison | code: \"SATISFACTION_RATE\",     | indicatorId projectKey",
            "trend               | measure: EXECUTION_RATE,         | regionCode fiscalYear value"})
    void walkingTheListARowAtATimeGivesEveryRowOnceInOrder(String list, String arguments, String selection) {
        String prefix = arguments == null ? "" : arguments;
        Map<String, Object> whole = connection(list, prefix, selection, 100, null);
        List<Map<String, Object>> expected = nodes(whole);
        int total = (Integer) whole.get("totalCount");

        List<Map<String, Object>> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more;
        do {
            Map<String, Object> page = connection(list, prefix, selection, 1, after);
            Map<String, Object> pageInfo = (Map<String, Object>) page.get("pageInfo");
            List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
            assertThat(page.get("totalCount")).as("totalCount on page %d", pages).isEqualTo(total);
            assertThat(pageInfo.get("hasPreviousPage")).isEqualTo(after != null);
            assertThat(edges).hasSize(1);
            assertThat(pageInfo.get("startCursor")).isEqualTo(edges.getFirst().get("cursor"));
            assertThat(pageInfo.get("endCursor")).isEqualTo(edges.getLast().get("cursor"));
            assertThat(page.get("nodes")).isEqualTo(edges.stream().map(edge -> edge.get("node")).toList());
            walked.addAll(nodes(page));
            after = (String) pageInfo.get("endCursor");
            more = (Boolean) pageInfo.get("hasNextPage");
            pages++;
        } while (more);

        assertThat(total).as("the seed dataset has rows to page through").isGreaterThan(1);
        assertThat(expected).hasSize(total);
        assertThat(walked).isEqualTo(expected).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(total);
        assertThat((Boolean) ((Map<String, Object>) whole.get("pageInfo")).get("hasNextPage")).isFalse();
    }

    @Test
    void ranksAreOverTheWholeFilteredSetNotThePage() {
        Map<String, Object> first = connection("scoreComparison", "", "projectKey rank", 2, null);
        String endCursor = (String) ((Map<String, Object>) first.get("pageInfo")).get("endCursor");
        Map<String, Object> second = connection("scoreComparison", "", "projectKey rank", 2, endCursor);

        assertThat(nodes(first)).extracting(row -> row.get("projectKey") + " #" + row.get("rank"))
                .containsExactly("huainan-12345-hotline #1", "fumin-hotline-handling #2");
        assertThat(nodes(second)).extracting(row -> row.get("projectKey") + " #" + row.get("rank"))
                .containsExactly("changde-mayor-hotline #3", "jiangmen-administrative-centre-operations #4");
        assertThat((Map<String, Object>) second.get("pageInfo")).containsEntry("hasNextPage", false)
                .containsEntry("hasPreviousPage", true);
    }

    @Test
    void totalCountWithAnEmptyPageAndWithAFilter() {
        Map<String, Object> none = connection("scoreComparison", "", "evaluationId", 0, null);
        assertThat(none).containsEntry("totalCount", 4).containsEntry("edges", List.of());
        assertThat((Map<String, Object>) none.get("pageInfo")).containsEntry("hasNextPage", true)
                .containsEntry("endCursor", null);

        Map<String, Object> all = connection("scoreComparison", "", "evaluationId", 4, null);
        String last = (String) ((Map<String, Object>) all.get("pageInfo")).get("endCursor");
        Map<String, Object> afterTheLast = connection("scoreComparison", "", "evaluationId", 4, last);
        assertThat(afterTheLast).containsEntry("totalCount", 4).containsEntry("edges", List.of());
        assertThat((Map<String, Object>) afterTheLast.get("pageInfo")).containsEntry("hasNextPage", false)
                .containsEntry("hasPreviousPage", true);

        assertThat(connection("scoreComparison", "filter: { evaluationKind: THIRD_PARTY },", "evaluationId", 1, null))
                .containsEntry("totalCount", 2);
    }

    @Test
    void firstDefaultsToTwentyAndMayNotExceedAHundred() {
        graphQl.document("{ analytics { deductions { totalCount edges { cursor } } } }").execute()
                .path("analytics.deductions").entity(MAP).satisfies(deductions -> assertThat((List<?>) deductions
                        .get("edges")).hasSize(Math.min(20, (Integer) deductions.get("totalCount"))));

        assertBadRequest("{ analytics { unitCosts(first: 101) { totalCount } } }", "first", "PAGE_SIZE",
                "first must be between 0 and 100, was 101");
        assertBadRequest("{ analytics { trend(measure: EXPENDITURE, first: -1) { totalCount } } }", "first",
                "PAGE_SIZE", "first must be between 0 and 100, was -1");
    }

    @Test
    void aCursorThatIsNotOneOfTheListsOwnIsRefused() {
        String projectCursor = graphQl.document("{ projects(first: 1) { pageInfo { endCursor } } }").execute()
                .path("projects.pageInfo.endCursor").entity(String.class).get();
        String unitCostCursor = (String) ((Map<String, Object>) connection("unitCosts", "", "fiscalYear", 1, null)
                .get("pageInfo")).get("endCursor");

        for (String cursor : List.of("not-a-cursor", projectCursor, unitCostCursor)) {
            assertBadRequest("{ analytics { scoreComparison(after: \"" + cursor + "\") { totalCount } } }", "after",
                    "CURSOR", "after must be a cursor returned by this list");
        }
    }

    /**
     * The whole score comparison (what the downloads read) finds its groups by the filter, a slice by the ids of
     * its rows: both must give the same rows, groups and project labels.
     */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, -", "440000, -", "-, THIRD_PARTY"})
    void theWholeScoreComparisonIsItsSlicesPutTogether(String regionCode, String evaluationKind) {
        ComparisonFilter filter = new ComparisonFilter(regionCode, null, null, null, evaluationKind);
        List<ScoreComparison> whole = comparisons.scoreComparison(filter, Slice.ALL).rows();

        List<ScoreComparison> sliced = new ArrayList<>();
        for (int after = 0; after < whole.size(); after += 2) {
            sliced.addAll(comparisons.scoreComparison(filter, new Slice(after, 2)).rows());
        }

        assertThat(whole).isNotEmpty().isEqualTo(sliced);
        assertThat(whole).allSatisfy(row -> {
            assertThat(row.projectKey()).isNotBlank();
            assertThat(row.regionName()).isNotBlank();
        });
        assertThat(whole).anySatisfy(row -> assertThat(row.groups()).isNotEmpty());
    }

    private Map<String, Object> connection(String list, String arguments, String selection, int first, String after) {
        return graphQl.document("query($after: String) { analytics { " + list + "(" + arguments + " first: " + first
                        + ", after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                        + " edges { cursor node { " + selection + " } } nodes { " + selection + " } } } }")
                .variable("after", after)
                .execute()
                .path("analytics." + list).entity(MAP).get();
    }

    private static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return (List<Map<String, Object>>) connection.get("nodes");
    }

    private void assertBadRequest(String document, String argument, String rule, String message) {
        graphQl.document(document).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getMessage()).startsWith(message);
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("argument", argument).containsEntry("rule", rule);
                }));
    }
}
