package id.aduan.system;

import static org.awaitility.Awaitility.await;

import id.aduan.AduanApplication;
import id.aduan.ApiClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An Aduan node in a JVM of its own, started from the test class path like {@code java -jar}, and killed
 * like a crashed server (SIGKILL): no shutdown hook runs, its transactions break off, its job locks stay, and
 * whatever its database had not yet written is lost.
 */
final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the node with the {@code postgres} profile and the properties; its output goes to the log. */
    static NodeProcess start(Map<String, String> properties, Path log) {
        var profile = new HashMap<>(properties);
        profile.put("spring.profiles.active", "postgres");
        return start(profile, Path.of("").toAbsolutePath(), log);
    }

    /**
     * Starts the node as {@code java -jar} run in the directory does by default, with its embedded database in the
     * directory's {@code ./data}, listening on the loopback address only.
     */
    static NodeProcess startDefault(Path directory, Path log) {
        return start(Map.of("server.address", "127.0.0.1"), directory, log);
    }

    private static NodeProcess start(Map<String, String> properties, Path directory, Path log) {
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(classPath());
        command.add(AduanApplication.class.getName());
        command.add("--server.port=" + port);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            var process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toAbsolutePath().toFile())
                    .start();
            return new NodeProcess(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the node answers on. */
    int port() {
        return port;
    }

    /** Waits until the node answers that it is ready: database up, job executor running. */
    void awaitReady(Duration timeout) {
        var api = ApiClient.on(port);
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .failFast("the node has exited", () -> !process.isAlive())
                .until(() -> api.get("/actuator/health/readiness").status() == 200);
    }

    /** Kills the node at once, as a power cut would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The test class path without empty entries, which would add the working directory (and its bpmn/). */
    private static String classPath() {
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
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
