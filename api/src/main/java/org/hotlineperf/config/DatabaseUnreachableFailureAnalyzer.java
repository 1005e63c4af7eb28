package org.hotlineperf.config;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up failure to reach PostgreSQL into a short message that says which database was tried and
 * how to point the service at another one, instead of a page of stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url");
        return new FailureAnalysis(
                "PostgreSQL is unreachable at " + url + ": " + cause.getMessage(),
                "Start PostgreSQL (on these machines: pg_ctlcluster --skip-systemctl-redirect 15 main start), or point "
                        + "the service at a running one with SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:PORT/DATABASE "
                        + "plus SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (or --spring.datasource.url=...).",
                cause);
    }
}
