package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which operations the response cache may keep: queries that select no {@code analytics} field at their root,
 * found through fragments as well; never mutations, subscriptions or documents that do not parse.
 */
class PostgresReadsTest {

    private final PostgresReads reads = new PostgresReads();

    @Test
    void aQueryOfEntitiesIsARead() {
        assertThat(reads.isPostgresRead("{ projects { edges { node { id } } } }", null)).isTrue();
        assertThat(reads.isPostgresRead("query Regions { regions { code } __typename }", "Regions")).isTrue();
    }

    @Test
    void aQueryOfTheAnalyticsStoreIsNot() {
        assertThat(reads.isPostgresRead("{ analytics { refreshedAt } }", null)).isFalse();
        assertThat(reads.isPostgresRead("{ projects { totalCount } stats: analytics { upToDate } }", null)).isFalse();
        assertThat(reads.isPostgresRead("{ ... on Query { analytics { upToDate } } }", null)).isFalse();
        assertThat(reads.isPostgresRead("""
                query Q { ...Outer }
                fragment Outer on Query { regions { code } ...Inner }
                fragment Inner on Query { analytics { upToDate } }""", "Q")).isFalse();
    }

    @Test
    void onlyTheChosenOperationCounts() {
        String both = "query Entities { projects { totalCount } } query Comparisons { analytics { upToDate } }";

        assertThat(reads.isPostgresRead(both, "Entities")).isTrue();
        assertThat(reads.isPostgresRead(both, "Comparisons")).isFalse();
        assertThat(reads.isPostgresRead(both, null)).isFalse();
        assertThat(reads.isPostgresRead(both, "Missing")).isFalse();
    }

    @Test
    void writesAndBrokenDocumentsAreNot() {
        assertThat(reads.isPostgresRead("mutation { createProject(input: {}) { project { id } } }", null)).isFalse();
        assertThat(reads.isPostgresRead("subscription { projects { totalCount } }", null)).isFalse();
        assertThat(reads.isPostgresRead("{ projects { ", null)).isFalse();
        assertThat(reads.isPostgresRead("query { ...Self } fragment Self on Query { ...Self }", null)).isTrue();
    }
}
