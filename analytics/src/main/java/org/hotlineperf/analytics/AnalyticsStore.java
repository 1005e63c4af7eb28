package org.hotlineperf.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded DuckDB database that answers comparisons. It is a copy: PostgreSQL stays the system of record,
 * so a missing or unreadable file is simply rebuilt. Loads replace table contents inside one DuckDB transaction,
 * so readers see either the old or the new data, never a half-written load; reads run on their own duplicated
 * connections and do not wait for loads.
 */
public final class AnalyticsStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStore.class);

    private final Path file;
    private final DuckDBConnection connection;
    private final ReentrantLock writeLock = new ReentrantLock();

    private AnalyticsStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the store at {@code file}, creating it (and its folder) if needed; a file DuckDB cannot open is
     * moved aside and a new one created, because everything in it can be loaded again from PostgreSQL.
     */
    public static AnalyticsStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            DuckDBConnection connection;
            try {
                connection = connect(file);
            } catch (SQLException unreadable) {
                Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
                log.warn("Analytics file {} cannot be opened ({}); moving it to {} and rebuilding", file,
                        unreadable.getMessage(), aside);
                Files.move(file, aside);
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
                connection = connect(file);
            }
            AnalyticsStore store = new AnalyticsStore(file, connection);
            store.executeScript("schema.sql");
            store.executeScript("project_scope.sql");
            store.executeScript("evaluation_scope.sql");
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new AnalyticsException("Cannot open the analytics store at " + file, e);
        }
    }

    private static DuckDBConnection connect(Path file) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("extension_directory",
                file.toAbsolutePath().getParent().resolve(".duckdb-extensions").toString());
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), settings);
    }

    public Path file() {
        return file;
    }

    /**
     * Replaces the contents of every table with what {@code load} appends, in one transaction, and records the
     * refresh time. A failure leaves the previous contents in place.
     */
    public void replaceAll(Load load) {
        write(tables -> {
            tables.executeScript("schema.sql");
            load.into(tables);
        });
    }

    /** Runs {@code change} (deletes, appends) in one transaction and records the refresh time. */
    public void write(Load change) {
        writeLock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                change.into(new Tables(connection, this));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM load_state");
                    statement.execute("INSERT INTO load_state VALUES (current_timestamp)");
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AnalyticsException("Loading the analytics store failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** When the store last took in data from PostgreSQL; empty before the first load. */
    public Optional<OffsetDateTime> refreshedAt() {
        List<OffsetDateTime> times = query("SELECT refreshed_at FROM load_state", List.of(),
                row -> row.getObject(1, OffsetDateTime.class));
        return times.stream().findFirst();
    }

    /**
     * Runs the named {@code .sql} file of this module with positional parameters and maps each row. A list
     * parameter (of ids) is bound as a DuckDB {@code BIGINT[]}.
     */
    public <T> List<T> queryFile(String sqlFile, List<?> parameters, RowMapper<T> mapper) {
        return query(Sql.read(sqlFile), parameters, mapper);
    }

    <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection reader = connection.duplicate();
             PreparedStatement statement = reader.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                statement.setObject(i + 1, parameter instanceof List<?> ids
                        ? reader.createArrayOf("BIGINT", ids.toArray()) : parameter);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AnalyticsException("An analytics query failed", e);
        }
    }

    void executeScript(String sqlFile) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.read(sqlFile));
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the analytics store failed", e);
        }
    }

    /** Work done inside a store transaction. */
    @FunctionalInterface
    public interface Load {
        void into(Tables tables) throws SQLException;
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Reads the SQL files shipped with this module. */
    static final class Sql {

        private Sql() {
        }

        static String read(String name) {
            try (InputStream in = AnalyticsStore.class.getResourceAsStream("/analytics/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing analytics SQL file " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
