package org.hotlineperf.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * The start-up message when PostgreSQL cannot be reached names the database tried and how to point the
 * service at another one; other SQL failures are left to Spring's default reporting.
 */
class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/hp"));

    @Test
    void connectionFailureNamesTheUrlAndTheSettingsToChange() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("pool init",
                new SQLException("Connection to db.example:5432 refused.", "08001")));

        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5432/hp").contains("refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("pg_ctlcluster");
    }

    @Test
    void otherSqlFailuresAreNotClaimed() {
        assertThat(analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
    }
}
