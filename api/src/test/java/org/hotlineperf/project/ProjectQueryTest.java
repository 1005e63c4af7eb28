package org.hotlineperf.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hotlineperf.SeedProjects;
import org.hotlineperf.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code Query.projects} and {@code Query.project} over HTTP on the seed dataset: pagination (first page,
 * last page, empty page, invalid cursor), filters, and argument errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ProjectQueryTest {

    private static final String PAGE = """
            query Page($filter: ProjectFilter, $first: Int, $after: String) {
              projects(filter: $filter, first: $first, after: $after) {
                totalCount
                edges { cursor node { id key name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    SeedProjects seeds;

    @Autowired
    StatementCounter statements;

    @Test
    void listsEveryProjectOrderedById() {
        List<String> keys = keys(Map.of());

        assertThat(keys).containsExactlyInAnyOrder("huainan-12345-hotline",
                "jiangmen-administrative-centre-operations", "changde-mayor-hotline", "fumin-hotline-handling");
        assertThat(keys).extracting(seeds::idOf).isSorted();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlap() {
        var first = page(Map.of("first", 3));
        first.path("projects.totalCount").entity(Integer.class).isEqualTo(4);
        first.path("projects.edges").entityList(Object.class).hasSize(3);
        first.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        first.path("projects.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String endCursor = first.path("projects.pageInfo.endCursor").entity(String.class).get();
        first.path("projects.edges[2].cursor").entity(String.class).isEqualTo(endCursor);

        var last = page(Map.of("first", 3, "after", endCursor));
        last.path("projects.totalCount").entity(Integer.class).isEqualTo(4);
        last.path("projects.edges").entityList(Object.class).hasSize(1);
        last.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        last.path("projects.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        List<String> paged = new ArrayList<>(
                first.path("projects.edges[*].node.key").entityList(String.class).get());
        paged.addAll(last.path("projects.edges[*].node.key").entityList(String.class).get());
        assertThat(paged).containsExactlyElementsOf(keys(Map.of()));
    }

    @Test
    void pageAfterTheLastProjectIsEmpty() {
        String lastCursor = page(Map.of("first", 4)).path("projects.pageInfo.endCursor").entity(String.class).get();

        var empty = page(Map.of("after", lastCursor));
        empty.path("projects.edges").entityList(Object.class).hasSize(0);
        empty.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        empty.path("projects.pageInfo.startCursor").valueIsNull();
        empty.path("projects.pageInfo.endCursor").valueIsNull();
        empty.path("projects.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void firstZeroGivesAnEmptyPageThatKnowsMoreFollow() {
        var zero = page(Map.of("first", 0));
        zero.path("projects.edges").entityList(Object.class).hasSize(0);
        zero.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        zero.path("projects.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void regionFilterTakesInTheRegionsBelow() {
        assertThat(keys(Map.of("regionCode", "430000"))).containsExactly("changde-mayor-hotline");
        assertThat(keys(Map.of("regionCode", "430700"))).containsExactly("changde-mayor-hotline");
        assertThat(keys(Map.of("regionCode", "530000"))).containsExactly("fumin-hotline-handling");
        assertThat(keys(Map.of("regionCode", "530100"))).containsExactly("fumin-hotline-handling");
        assertThat(keys(Map.of("regionCode", "530124"))).containsExactly("fumin-hotline-handling");
        assertThat(keys(Map.of("regionCode", "440000"))).containsExactly("jiangmen-administrative-centre-operations");
        assertThat(keys(Map.of("regionCode", "110000"))).isEmpty();
    }

    @Test
    void fiscalYearFilterMatchesProjectsWhosePeriodIncludesTheYear() {
        assertThat(keys(Map.of("fiscalYear", 2019))).containsExactly("changde-mayor-hotline");
        assertThat(keys(Map.of("fiscalYear", 2020)))
                .containsExactlyInAnyOrder("changde-mayor-hotline", "jiangmen-administrative-centre-operations");
        assertThat(keys(Map.of("fiscalYear", 2025))).containsExactly("fumin-hotline-handling");
        assertThat(keys(Map.of("fiscalYear", 2021))).isEmpty();
    }

    @Test
    void nameFilterIsCaseInsensitiveAndTakesWildcardsLiterally() {
        assertThat(keys(Map.of("nameContains", "热线")))
                .containsExactlyInAnyOrder("huainan-12345-hotline", "changde-mayor-hotline", "fumin-hotline-handling");
        assertThat(keys(Map.of("nameContains", "运作经费"))).containsExactly("jiangmen-administrative-centre-operations");
        assertThat(keys(Map.of("nameContains", "%"))).isEmpty();
        assertThat(keys(Map.of("nameContains", "_"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(keys(Map.of("regionCode", "430000", "fiscalYear", 2018, "nameContains", "市长")))
                .containsExactly("changde-mayor-hotline");
        assertThat(keys(Map.of("regionCode", "440000", "fiscalYear", 2018))).isEmpty();
    }

    @Test
    void totalIsCountedOnlyWhenAskedFor() {
        HttpGraphQlTester computing = graphQl.mutate().header("Cache-Control", "no-cache").build();
        int withTotal = statements.count(() -> computing.document("{ projects { totalCount edges { node { id } } } }")
                .execute().path("projects.totalCount").entity(Integer.class).isEqualTo(4));
        int withoutTotal = statements.count(() -> computing.document("{ projects { edges { node { id } } } }")
                .execute().path("projects.edges").entityList(Object.class).hasSize(4));

        assertThat(withoutTotal).isEqualTo(withTotal - 1);
    }

    @Test
    void pageSizeAboveTheCapIsRejected() {
        assertBadRequest(Map.of("first", 101), "first", "PAGE_SIZE", "first must be between 0 and 100, was 101");
        assertBadRequest(Map.of("first", -1), "first", "PAGE_SIZE", "first must be between 0 and 100, was -1");
    }

    @Test
    void cursorNotIssuedByTheApiIsRejected() {
        assertBadRequest(Map.of("after", "not-a-cursor"), "after", "CURSOR", "after must be a cursor");
        assertBadRequest(Map.of("after", Base64.getUrlEncoder().encodeToString("cursor:v1:-5".getBytes())),
                "after", "CURSOR", "after must be a cursor");
    }

    @Test
    void unknownOrMalformedRegionCodeIsRejected() {
        assertBadRequest(Map.of("filter", Map.of("regionCode", "999999")), "filter.regionCode", "KNOWN_REGION_CODE",
                "filter.regionCode must be the six-digit GB/T 2260 code of a known region, was \"999999\"");
        assertBadRequest(Map.of("filter", Map.of("regionCode", "43")), "filter.regionCode", "KNOWN_REGION_CODE",
                "was \"43\"");
    }

    @Test
    void nameFilterWithANulCharacterIsRejectedBeforeItReachesTheDatabase() {
        assertBadRequest(Map.of("filter", Map.of("nameContains", "热\u0000线")), "filter.nameContains",
                "NO_NUL_CHARACTER", "filter.nameContains must not contain the NUL character (U+0000)");
    }

    @Test
    void fiscalYearOutsideTheSupportedRangeIsRejected() {
        assertBadRequest(Map.of("filter", Map.of("fiscalYear", 1800)), "filter.fiscalYear", "FISCAL_YEAR_RANGE",
                "filter.fiscalYear must be between 1990 and 2100, was 1800");
    }

    @Test
    void projectByIdAndUnknownOrMalformedIds() {
        long changde = seeds.idOf("changde-mayor-hotline");
        graphQl.document("query($id: ID!) { project(id: $id) { id key name } }")
                .variable("id", String.valueOf(changde))
                .execute()
                .path("project.key").entity(String.class).isEqualTo("changde-mayor-hotline")
                .path("project.name").entity(String.class).isEqualTo("常德市市长热线经费");

        graphQl.document("{ project(id: \"987654321\") { id } }").execute().path("project").valueIsNull();

        graphQl.document("{ project(id: \"abc\") { id } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("id must be a positive integer id, was \"abc\"");
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("argument", "id");
                    assertThat(error.getPath()).isEqualTo("project");
                }));
    }

    @Test
    void idsAreAsciiDigitsOnlyNotWhatJavaWouldAlsoRead() {
        for (String id : List.of("１", "+1", "٣", " 1")) {
            graphQl.document("query($id: ID!) { project(id: $id) { id } }").variable("id", id).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                                    .containsEntry("rule", "ID_FORMAT")));
        }
    }

    private GraphQlTester.Response page(Map<String, Object> variables) {
        return graphQl.document(PAGE).variables(variables).execute();
    }

    private List<String> keys(Map<String, Object> filter) {
        return page(Map.of("filter", filter, "first", 100)).path("projects.edges[*].node.key")
                .entityList(String.class).get();
    }

    private void assertBadRequest(Map<String, Object> variables, String argument, String rule, String message) {
        graphQl.document(PAGE).variables(variables).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains(message);
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                            .containsEntry("argument", argument)
                            .containsEntry("rule", rule);
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getPath()).isEqualTo("projects");
                }));
    }
}
