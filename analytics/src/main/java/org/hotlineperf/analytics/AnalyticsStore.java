package org.hotlineperf.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded DuckDB database that answers comparisons. It is a copy: PostgreSQL stays the system of record,
 * so a missing or unreadable file is simply rebuilt. Loads replace table contents inside one DuckDB transaction,
 * so readers see either the old or the new data, never a half-written load; reads run on their own duplicated
 * connections and do not wait for loads. A file deleted, replaced or overwritten while the store runs is noticed
 * ({@link #fileLost}) and {@link #rebuild rebuilt} beside it; until then the open connection keeps answering with
 * the data it has.
 */
public final class AnalyticsStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStore.class);

    /** DuckDB's file magic, after the 8-byte checksum at the head of every database file. */
    private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC_OFFSET = 8;

    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Readers hold it shared while they use the connection; swapping in a rebuilt file or closing holds it alone. */
    private final ReadWriteLock connectionLock = new ReentrantReadWriteLock();
    /** Held alone around each commit, shared while a parallel read begins its transactions (one commit for both). */
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** Runs the second half of {@link #readInParallel parallel reads}. */
    private final ExecutorService parallelReads =
            Executors.newCachedThreadPool(Thread.ofPlatform().name("analytics-read-", 0).daemon().factory());
    private volatile DuckDBConnection connection;
    private volatile Object fileKey;
    private volatile boolean closed;
    /** Whether a write has committed since the store was opened (opening empties every table). */
    private volatile boolean loaded;

    private AnalyticsStore(Path file, DuckDBConnection connection) throws IOException {
        this.file = file;
        this.connection = connection;
        this.fileKey = fileKey(file);
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
                Path aside = moveAside(file);
                log.warn("Analytics file {} cannot be opened ({}); moved it to {} and rebuilding", file,
                        unreadable.getMessage(), aside);
                connection = connect(file);
            }
            AnalyticsStore store = new AnalyticsStore(file, connection);
            store.executeScript("schema.sql");
            store.executeScript("project_scope.sql");
            store.executeScript("evaluation_scope.sql");
            store.executeScript("text_code.sql");
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
     * Whether the file this store opened is gone from its path: deleted, replaced by another file, or overwritten
     * with something that is not a DuckDB database. The store still answers from its open connection, but what it
     * holds would not survive a restart, so it should be {@link #rebuild rebuilt}.
     */
    public boolean fileLost() {
        if (closed) {
            return false;
        }
        try {
            return !Files.exists(file) || !Objects.equals(fileKey(file), fileKey) || !hasDuckDbHead(file);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Builds a new file with what {@code load} appends, beside the current one, and puts it in the current one's
     * place: readers keep the old data until the new file is complete, and a failed load leaves everything as it
     * was. Whatever stands at the path and is not this store's intact file is kept beside it for inspection.
     */
    public void rebuild(Load load) {
        writeLock.lock();
        try {
            ensureOpen();
            Path fresh = file.resolveSibling(file.getFileName() + ".rebuild");
            deleteWithWal(fresh);
            try (AnalyticsStore building = open(fresh)) {
                building.replaceAll(load);
            } catch (RuntimeException e) {
                deleteWithWal(fresh);
                throw e;
            }
            swapIn(fresh);
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    private void swapIn(Path fresh) throws IOException {
        connectionLock.writeLock().lock();
        try {
            closeConnection();
            if (Files.exists(file)) {
                if (Objects.equals(fileKey(file), fileKey) && hasDuckDbHead(file)) {
                    deleteWithWal(file);
                } else {
                    log.warn("Analytics file {} is not the store's own any more; moved it to {}", file,
                            moveAside(file));
                }
            }
            Files.deleteIfExists(wal(file));
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
            connection = connect(file);
            fileKey = fileKey(file);
        } catch (SQLException e) {
            throw new AnalyticsException("Cannot open the rebuilt analytics store at " + file, e);
        } finally {
            connectionLock.writeLock().unlock();
        }
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
            ensureOpen();
            connection.setAutoCommit(false);
            try {
                begin(connection);
                change.into(new Tables(connection, this));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM load_state");
                    statement.execute("INSERT INTO load_state VALUES (current_timestamp, uuid())");
                }
                commitLock.writeLock().lock();
                try {
                    connection.commit();
                    loaded = true;
                } finally {
                    commitLock.writeLock().unlock();
                }
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

    /**
     * Whether the store has taken in data since it was opened: {@link #refreshedAt} is present, known without a
     * query (every comparison request asks, and the query cost half a millisecond of a 13 ms page).
     */
    public boolean isLoaded() {
        return loaded;
    }

    /** When the store last took in data from PostgreSQL; empty before the first load. */
    public Optional<OffsetDateTime> refreshedAt() {
        List<OffsetDateTime> times = query("SELECT refreshed_at FROM load_state", List.of(),
                row -> row.getObject("refreshed_at", OffsetDateTime.class));
        return times.stream().findFirst();
    }

    /**
     * Runs the named {@code .sql} file of this module with positional parameters and maps each row. A list
     * parameter (of ids) is bound as a DuckDB {@code BIGINT[]}.
     */
    public <T> List<T> queryFile(String sqlFile, List<?> parameters, RowMapper<T> mapper) {
        return read(snapshot -> snapshot.queryFile(sqlFile, parameters, mapper));
    }

    <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        return read(snapshot -> snapshot.query(sql, parameters, mapper));
    }

    /**
     * Runs {@code reads} in one read transaction: every query of it sees the same data, so rows that one query
     * names by id are found by the next even while a sync commits in between.
     */
    <T> T read(Read<T> reads) {
        connectionLock.readLock().lock();
        try (Connection reader = openConnection().duplicate()) {
            reader.setAutoCommit(false);
            try {
                return reads.from(new Snapshot(reader));
            } finally {
                reader.rollback();
            }
        } catch (SQLException e) {
            throw new AnalyticsException("An analytics query failed", e);
        } finally {
            connectionLock.readLock().unlock();
        }
    }

    /**
     * Runs {@code first} on this thread and {@code second} on another at the same time, in two read transactions
     * begun on the same commit, so that together they see what one {@link #read} would; then combines what they
     * read. Both halves of a whole score comparison (the ranked rows, the groups) take tens of milliseconds of
     * DuckDB and driver work that one thread does one after the other.
     */
    <A, B, T> T readInParallel(Read<A> first, Read<B> second, BiFunction<A, B, T> combine) {
        connectionLock.readLock().lock();
        try (Connection one = openConnection().duplicate(); Connection two = openConnection().duplicate()) {
            beginTogether(one, two);
            try {
                Future<B> other = parallelReads.submit(() -> second.from(new Snapshot(two)));
                A firstRead;
                try {
                    firstRead = first.from(new Snapshot(one));
                } catch (SQLException | RuntimeException e) {
                    try {
                        awaitUninterruptibly(other);
                    } catch (ExecutionException alsoFailed) {
                        e.addSuppressed(alsoFailed.getCause());
                    }
                    throw e;
                }
                return combine.apply(firstRead, awaitUninterruptibly(other));
            } finally {
                one.rollback();
                two.rollback();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new AnalyticsException("An analytics query failed", e.getCause());
        } catch (SQLException e) {
            throw new AnalyticsException("An analytics query failed", e);
        } finally {
            connectionLock.readLock().unlock();
        }
    }

    /** Begins a read transaction on each reader with no commit in between. */
    private void beginTogether(Connection... readers) throws SQLException {
        commitLock.readLock().lock();
        try {
            for (Connection reader : readers) {
                reader.setAutoCommit(false);
                begin(reader);
            }
        } finally {
            commitLock.readLock().unlock();
        }
    }

    /**
     * Begins the transaction of a connection that does not commit on its own, by reading a table. Until a statement
     * reads or writes a table of the database, DuckDB has not taken the transaction's snapshot, and it commits an
     * append on its own.
     */
    private static void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM load_state").close();
        }
    }

    /**
     * Waits for the other half of a parallel read even if this thread is interrupted: its connection must not be
     * closed while it runs.
     */
    private static <B> B awaitUninterruptibly(Future<B> read) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return read.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void executeScript(String sqlFile) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.read(sqlFile));
        }
    }

    /**
     * Waits for a running load and for readers, then closes the database; DuckDB checkpoints on close, so the file
     * is complete on its own (no write-ahead log left) and the next start opens it without recovery.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            connectionLock.writeLock().lock();
            try {
                if (!closed) {
                    closed = true;
                    parallelReads.shutdown();
                    closeConnection();
                }
            } finally {
                connectionLock.writeLock().unlock();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the analytics store failed", e);
        }
    }

    private DuckDBConnection openConnection() {
        ensureOpen();
        return connection;
    }

    private void ensureOpen() {
        if (closed) {
            throw new AnalyticsException("The analytics store is closed", null);
        }
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    private static boolean hasDuckDbHead(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(MAGIC_OFFSET + MAGIC.length);
            return head.length == MAGIC_OFFSET + MAGIC.length
                    && Arrays.equals(head, MAGIC_OFFSET, head.length, MAGIC, 0, MAGIC.length);
        }
    }

    private static Path moveAside(Path path) throws IOException {
        Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
        Files.move(path, aside);
        Files.deleteIfExists(wal(path));
        return aside;
    }

    private static void deleteWithWal(Path path) throws IOException {
        Files.deleteIfExists(path);
        Files.deleteIfExists(wal(path));
    }

    private static Path wal(Path path) {
        return path.resolveSibling(path.getFileName() + ".wal");
    }

    /** Work done inside a store transaction. */
    @FunctionalInterface
    public interface Load {
        void into(Tables tables) throws SQLException;
    }

    /** Queries run together on one snapshot of the store ({@link #read}). */
    @FunctionalInterface
    interface Read<T> {
        T from(Snapshot snapshot) throws SQLException;
    }

    /** One read transaction of the store. */
    static final class Snapshot {

        private final Connection connection;
        private String version;

        private Snapshot(Connection connection) {
            this.connection = connection;
        }

        /**
         * The version of the contents this snapshot sees: every write gives the store a new one, never given
         * before; null before the first load.
         */
        String version() throws SQLException {
            if (version == null) {
                version = query("SELECT version::VARCHAR AS version FROM load_state", List.of(),
                        row -> row.getString("version")).stream().findFirst().orElse(null);
            }
            return version;
        }

        /** As {@link AnalyticsStore#queryFile}, inside this snapshot. */
        <T> List<T> queryFile(String sqlFile, List<?> parameters, RowMapper<T> mapper) throws SQLException {
            return query(Sql.read(sqlFile), parameters, mapper);
        }

        <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) throws SQLException {
            List<T> rows = new ArrayList<>();
            forEachRow(sql, parameters, row -> rows.add(mapper.map(row)));
            return rows;
        }

        /** As {@link #queryFile}, handing each row to {@code consumer} instead of collecting mapped rows. */
        void forEachRowOfFile(String sqlFile, List<?> parameters, RowConsumer consumer) throws SQLException {
            forEachRow(Sql.read(sqlFile), parameters, consumer);
        }

        private void forEachRow(String sql, List<?> parameters, RowConsumer consumer) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object parameter = parameters.get(i);
                    statement.setObject(i + 1, parameter instanceof List<?> ids
                            ? connection.createArrayOf("BIGINT", ids.toArray()) : parameter);
                }
                try (ResultSet result = statement.executeQuery()) {
                    Row row = new Row(result);
                    while (result.next()) {
                        consumer.accept(row);
                    }
                }
            }
        }
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Takes in the current row of a result. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(Row row) throws SQLException;
    }

    /** Reads the SQL files shipped with this module. */
    static final class Sql {

        /**
         * Each file is read from the jar once. Reading resources on every request made concurrent virtual threads
         * contend for the nested jar's monitor, and with class loading pinning the carriers the whole server
         * froze under load (spring-boot#51463, found by the load-and-fault run).
         */
        private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

        private Sql() {
        }

        static String read(String name) {
            String sql = CACHE.get(name);
            if (sql == null) {
                sql = load(name);
                CACHE.putIfAbsent(name, sql);
            }
            return sql;
        }

        private static String load(String name) {
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
