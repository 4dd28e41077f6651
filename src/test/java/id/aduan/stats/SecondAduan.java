package id.aduan.stats;

import id.aduan.AduanApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Another Aduan installation for a full-stack test: Aduan's default run in a JVM of its own, started from the test's
 * class path on a free port of 127.0.0.1 with an in-memory database of its own, its output in a log file under
 * {@code target}. Closing it stops it as a service manager does (SIGTERM).
 */
final class SecondAduan implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SecondAduan(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it with these settings ({@code --name=value}) besides its own port, database and log. */
    static SecondAduan start(String name, List<String> settings) throws IOException {
        var port = freePort();
        var log = Path.of("target", "second-aduan", name + ".log");
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                classPath(),
                AduanApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        command.addAll(settings);
        Files.createDirectories(log.toAbsolutePath().getParent());
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new SecondAduan(process, port, log);
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until it answers that it is ready: database up, job executor running. */
    SecondAduan awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .build();
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second Aduan has exited; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // it is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "The second Aduan was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The class path this test runs with, without empty entries (they would add the working directory). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
