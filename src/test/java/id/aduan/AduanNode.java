package id.aduan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An Aduan node in a JVM of its own, as a second server would run it: started from this program's class path with
 * the settings given as command-line arguments, its output in a log file. Closing it stops it as a service manager
 * does (SIGTERM), so that its engine writes its metrics before it ends. The benchmarks run a second node of a cluster
 * with it; full-stack tests a second installation.
 */
public final class AduanNode implements AutoCloseable {

    private final Process process;
    private final int port;

    private AduanNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a node on a free port. */
    public static AduanNode start(List<String> settings, Path log) throws IOException {
        return start(settings, log, freePort());
    }

    /** Starts a node on the port, such as the port of a node that was stopped and now starts again. */
    public static AduanNode start(List<String> settings, Path log, int port) throws IOException {
        var command = new ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                classPath(),
                AduanApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(settings);
        Files.createDirectories(log.toAbsolutePath().getParent());
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AduanNode(process, port);
    }

    public int port() {
        return port;
    }

    /** The node's address, such as {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the node answers that it is ready: database up, job executor running. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        var readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build();
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node has exited; see its log");
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // it is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The node was not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * The class path this program was started with: under {@code exec:java} that of the class loader Maven made for
     * it, otherwise the JVM's. Empty entries are left out, since they would add the working directory.
     */
    private static String classPath() {
        var entries = AduanNode.class.getClassLoader() instanceof URLClassLoader loader
                ? Arrays.stream(loader.getURLs()).map(AduanNode::file).toList()
                : Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.stream().filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String file(java.net.URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
