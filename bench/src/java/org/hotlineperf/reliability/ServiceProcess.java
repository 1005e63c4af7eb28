package org.hotlineperf.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotlineperf.ThrowawayPostgres;

/**
 * The packaged service ({@code target/hotline-perf-api.jar}) as a process of its own on a free loopback port, over
 * a given PostgreSQL, with the synthetic dataset of one province (Hunan, 2020-2022) generated at start so that the
 * load has more than the four seed projects to read. Stopped with SIGTERM, as a service manager would.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "hotline-perf-api.jar");

    private final Process process;
    private final int port;
    private Integer exitCode;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start(ThrowawayPostgres database, Path analyticsFile, Path log) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: package the service first "
                    + "(./hotline fault does)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar",
                JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--hotline-perf.analytics.file=" + analyticsFile,
                "--hotline-perf.synthetic.generate=true", "--hotline-perf.synthetic.region=430000",
                "--hotline-perf.synthetic.first-year=2020", "--hotline-perf.synthetic.years=3",
                "--hotline-perf.limits.rate-limit.requests=1000000000",
                "--logging.level.org.hotlineperf=INFO"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServiceProcess service = new ServiceProcess(process, port);
        service.awaitHealthy(Duration.ofMinutes(3));
        return service;
    }

    int port() {
        return port;
    }

    /** Sends SIGTERM and waits for the process to end; the seconds it took. */
    double stop() throws InterruptedException {
        long began = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        exitCode = process.exitValue();
        return (System.nanoTime() - began) / 1e9;
    }

    /** Writes the service's thread dump to {@code file} with the JDK's {@code jcmd}, for a service that hangs. */
    void dumpThreads(Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(file.toFile()).start().waitFor(60, TimeUnit.SECONDS);
    }

    int exitCode() {
        return exitCode == null ? -1 : exitCode;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitHealthy(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service ended with exit code " + process.exitValue());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become healthy within " + within);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
