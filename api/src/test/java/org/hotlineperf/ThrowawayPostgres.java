package org.hotlineperf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of one test's or benchmark's own, in a temporary folder on a free loopback port, that it
 * may stop and start at will: the shared cluster at 5432 is never stopped, other runs use it. Built with the
 * server's own {@code initdb} and {@code pg_ctl} ({@code HOTLINE_PERF_PG_BIN}, default
 * {@code /usr/lib/postgresql/15/bin}); as root they run as the {@code postgres} user, since PostgreSQL refuses
 * to run as root. Trust authentication, user {@code postgres}, reachable on 127.0.0.1 only.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final Path BIN = Path.of(env("HOTLINE_PERF_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final String SERVER_USER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final int port;
    private boolean running;

    private ThrowawayPostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Creates a new cluster and starts it. */
    public static ThrowawayPostgres start() {
        try {
            Path folder = Files.createTempDirectory("hotline-perf-pg-");
            if (runningAsRoot()) {
                UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SERVER_USER);
                Files.setOwner(folder, owner);
            }
            ThrowawayPostgres cluster = new ThrowawayPostgres(folder, freePort());
            cluster.run(BIN.resolve("initdb").toString(), "-D", cluster.dataFolder(), "-U", SERVER_USER, "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            cluster.startServer();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the cluster's {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Starts the server again after {@link #stop} or {@link #crash}, and waits until it accepts connections. */
    public void startServer() {
        run(BIN.resolve("pg_ctl").toString(), "-D", dataFolder(), "-l", folder.resolve("server.log").toString(),
                "-w", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + folder + " -c fsync=off", "start");
        running = true;
    }

    /** Stops the server as an administrator would: sessions are ended, committed work is written out. */
    public void stop() {
        shutdown("fast");
    }

    /** Stops the server at once, without a checkpoint, as a crash would; the next start recovers from the WAL. */
    public void crash() {
        shutdown("immediate");
    }

    private void shutdown(String mode) {
        run(BIN.resolve("pg_ctl").toString(), "-D", dataFolder(), "-m", mode, "-w", "stop");
        running = false;
    }

    @Override
    public void close() {
        try {
            if (running) {
                crash();
            }
        } finally {
            delete(folder);
        }
    }

    private String dataFolder() {
        return folder.resolve("data").toString();
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (runningAsRoot()) {
            line.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        line.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("hotline-perf-pg-command-", ".log");
            try {
                Process process = new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", line) + " did not finish");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", line) + " failed: " + Files.readString(output)
                            + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", line), e);
        }
    }

    private String serverLog() throws IOException {
        Path log = folder.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
