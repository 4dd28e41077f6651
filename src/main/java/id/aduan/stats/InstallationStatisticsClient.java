package id.aduan.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.integration.BoundedExchange;
import id.aduan.integration.CallbackUrls;
import id.aduan.system.FieldProblemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Fetches another Aduan installation's published national figures of a year: {@code GET
 * {url}/api/statistics?period={year}}, the public statistics API every Aduan serves, the whole exchange within the
 * configured timeout and reading at most {@value #MAX_BODY} bytes. The other installation is not trusted: its answer is read only for the
 * measures of its national figures, and anything else it sends is left out.
 */
@Component
class InstallationStatisticsClient {

    /** An Aduan's national figures with its channels are a few kilobytes. */
    static final int MAX_BODY = 256 * 1024;

    private static final int MAX_ERROR = 500;

    private final HttpClient http;
    private final InstallationStatisticsProperties properties;
    private final CallbackUrls urls;
    private final ObjectMapper json;

    InstallationStatisticsClient(InstallationStatisticsProperties properties, CallbackUrls urls, ObjectMapper json) {
        this.properties = properties;
        this.urls = urls;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.statisticsTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The figures the installation at {@code url} publishes for a year; throws {@link FetchFailed} saying why not. */
    Fetched fetch(String url, int year) {
        var uri = statisticsUri(url, year);
        try {
            urls.requirePublicAddress(uri);
        } catch (FieldProblemException e) {
            throw new FetchFailed("the address " + e.error().message());
        }
        var request = HttpRequest.newBuilder(uri)
                .timeout(properties.statisticsTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        BoundedExchange.Answer answer;
        try {
            answer = BoundedExchange.send(http, request, properties.statisticsTimeout(), MAX_BODY);
        } catch (HttpTimeoutException e) {
            throw new FetchFailed(
                    "no answer within " + properties.statisticsTimeout().toMillis() + " ms");
        } catch (BoundedExchange.TooLarge e) {
            throw new FetchFailed(e.getMessage());
        } catch (java.net.ConnectException e) {
            throw new FetchFailed("could not connect: nothing answers at " + uri.getHost() + ":" + port(uri)
                    + " (down, or a firewall in between)");
        } catch (IOException e) {
            throw new FetchFailed("could not connect: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted");
        }
        if (answer.status() != 200) {
            throw new FetchFailed("answered HTTP " + answer.status() + " to GET " + uri.getPath());
        }
        var body = answer.body();
        return parse(body);
    }

    /** The statistics API of the installation at {@code url} for a year, the base's own path kept. */
    static URI statisticsUri(String url, int year) {
        var base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            return URI.create(base + "/api/statistics?period=" + year);
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("the address is not a URL: " + url);
        }
    }

    /** The national figures in an answer of {@code /api/statistics}; throws {@link FetchFailed} for anything else. */
    Fetched parse(byte[] body) {
        JsonNode answer;
        try {
            answer = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new FetchFailed("answered with something other than JSON");
        }
        var national = answer == null ? null : answer.get("national");
        if (national == null
                || !national.isObject()
                || !national.path("received").isIntegralNumber()) {
            throw new FetchFailed("answered without national figures; is it an Aduan installation?");
        }
        for (var measure : national.properties()) {
            if (measure.getValue().isNumber() && measure.getValue().asDouble() < 0) {
                throw new FetchFailed("answered with a negative number of " + measure.getKey());
            }
        }
        ComplaintCounts counts;
        try {
            counts = json.treeToValue(national, ComplaintCounts.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FetchFailed("answered with national figures that are not numbers");
        }
        var period = answer.path("period").isTextual() ? answer.get("period").asText() : null;
        if (period == null || period.length() > 30) {
            throw new FetchFailed("answered without the period of its figures");
        }
        Instant asOf = null;
        if (answer.path("asOf").isTextual()) {
            try {
                asOf = Instant.parse(answer.get("asOf").asText());
            } catch (DateTimeParseException e) {
                throw new FetchFailed("answered with a time that is not one: asOf");
            }
        }
        return new Fetched(period, counts, asOf);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String describe(IOException e) {
        var message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage();
        return message.length() > MAX_ERROR - 40 ? message.substring(0, MAX_ERROR - 40) : message;
    }

    /** Figures an installation published: the period, the measures, and the time it said they were as of. */
    record Fetched(String period, ComplaintCounts counts, Instant asOf) {}

    /** Why an installation's figures could not be fetched, in words for the operator and the page. */
    static class FetchFailed extends RuntimeException {

        FetchFailed(String message) {
            super(message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message);
        }
    }
}
