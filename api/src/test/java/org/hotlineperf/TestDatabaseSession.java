package org.hotlineperf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own PostgreSQL database: created when the JUnit session opens, handed to Spring
 * through {@code spring.datasource.url}, and dropped when the session closes. The server is the one the
 * service itself defaults to (127.0.0.1:5432, user postgres) unless {@code HOTLINE_PERF_TEST_PG_URL},
 * {@code HOTLINE_PERF_TEST_PG_USER} and {@code HOTLINE_PERF_TEST_PG_PASSWORD} name another.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private static final String SERVER_URL = env("HOTLINE_PERF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("HOTLINE_PERF_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("HOTLINE_PERF_TEST_PG_PASSWORD", "");

    private String databaseName;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        databaseName = "hotline_perf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + databaseName);
        System.setProperty("spring.datasource.url", SERVER_URL + databaseName);
        System.setProperty("spring.datasource.username", USER);
        System.setProperty("spring.datasource.password", PASSWORD);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (databaseName != null) {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private static void execute(String ddl) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL + "postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + SERVER_URL + " (user " + USER
                    + "): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
