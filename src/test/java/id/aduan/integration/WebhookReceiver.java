package id.aduan.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook receiver on 127.0.0.1 for full-stack tests: answers every call with the status it is set to
 * (503 while "down"), and records each call with whether its signature held.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile StandardWebhookVerifier verifier;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            var id = headers.getFirst("webhook-id");
            var answer = status.get();
            calls.add(new Call(
                    id,
                    body,
                    headers.getFirst("content-type"),
                    verifier.verify(
                            id,
                            headers.getFirst("webhook-timestamp"),
                            headers.getFirst("webhook-signature"),
                            body,
                            Instant.now()),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Checks signatures with the partner's secret, as given when the integration was added. */
    void verifyWith(String secret) {
        verifier = new StandardWebhookVerifier(secret);
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls it took (2xx), in the order they came. */
    List<Call> taken() {
        return calls.stream().filter(call -> call.status() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Call(String id, String body, String contentType, boolean signatureValid, int status) {}
}
