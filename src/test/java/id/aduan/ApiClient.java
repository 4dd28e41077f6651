package id.aduan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for full-stack tests: JSON in, status, headers and JSON out. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    private ApiClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    public static ApiClient on(int port) {
        return new ApiClient("http://localhost:" + port, Map.of());
    }

    /** The same client, signed in with HTTP Basic. */
    public ApiClient as(String user, String password) {
        return with(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public ApiClient with(String header, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new ApiClient(base, more);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, Object body) {
        return send(json(path).POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Response put(String path, Object body) {
        return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Any request as a client may send it: the method, and a body of the content type, or none when null. */
    public Response send(String method, String path, String contentType, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private static HttpRequest.Builder json(String path, String base) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder json(String path) {
        return json(path, base);
    }

    private static String toJson(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return base + " " + headers;
    }

    /** A response: its status, its headers and its body, as text and as JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String text) {

        public JsonNode json() {
            try {
                return text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
