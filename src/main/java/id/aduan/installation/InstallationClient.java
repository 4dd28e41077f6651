package id.aduan.installation;

import id.aduan.complaint.ComplaintLimits;
import id.aduan.integration.BoundedExchange;
import id.aduan.integration.CallbackUrls;
import id.aduan.integration.RemoteInstallations.RemoteInstallation;
import id.aduan.system.FieldProblemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * POSTs JSON, or a report's filing with its files as {@code multipart/form-data}, to a connected installation's partner
 * API with the key it issued this one, without following redirects, the whole exchange, the answer's body included,
 * within the configured timeouts and the answer's body no larger than {@value #MAX_BODY} bytes. What it sends is
 * bounded too: a report's files are at most {@value ComplaintLimits#ATTACHMENTS_MAX} of
 * {@value ComplaintLimits#ATTACHMENT_MAX_MEGABYTES} MB ({@link FilingWithFiles#choose}).
 */
@Component
class InstallationClient {

    static final String REPORTS = "/api/partner/v1/reports";

    /** The partner API answers with one report or problem, a few kilobytes. */
    static final int MAX_BODY = 256 * 1024;

    /**
     * The slowest upload a report's files are given time for, about 1 Mbit/s: 15 MB of files add two minutes to the
     * timeouts, within the five minutes the engine locks a delivery's job for.
     */
    static final int SLOWEST_UPLOAD_BYTES_PER_SECOND = 128 * 1024;

    private final HttpClient http;
    private final InstallationProperties properties;
    private final CallbackUrls urls;

    InstallationClient(InstallationProperties properties, CallbackUrls urls) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.properties = properties;
        this.urls = urls;
    }

    /** The other installation's answer to a POST of the JSON body, or why there was none. */
    Outcome post(RemoteInstallation remote, String path, String body) {
        return post(remote, path, body, null);
    }

    /**
     * The other installation's answer to a POST of the JSON body under an {@code Idempotency-Key}, which it takes
     * once however often it is sent, or why there was none.
     */
    Outcome post(RemoteInstallation remote, String path, String body, String idempotencyKey) {
        return send(
                remote,
                path,
                "application/json",
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                idempotencyKey,
                Duration.ZERO);
    }

    /**
     * The other installation's answer to a POST of the report's filing with its files, or why there was none: the
     * timeouts grow by the time the files take at {@value #SLOWEST_UPLOAD_BYTES_PER_SECOND} bytes a second.
     */
    Outcome post(RemoteInstallation remote, String path, FilingWithFiles filing) {
        return send(
                remote,
                path,
                filing.contentType(),
                HttpRequest.BodyPublishers.ofByteArray(filing.body()),
                null,
                uploadTime(filing.body().length));
    }

    static Duration uploadTime(int bytes) {
        return Duration.ofMillis(bytes * 1000L / SLOWEST_UPLOAD_BYTES_PER_SECOND);
    }

    /** The other installation's answer to a GET, or why there was none. */
    Outcome get(RemoteInstallation remote, String path) {
        return send(remote, path, null, null, null, Duration.ZERO);
    }

    private Outcome send(
            RemoteInstallation remote,
            String path,
            String contentType,
            HttpRequest.BodyPublisher body,
            String idempotencyKey,
            Duration upload) {
        if (remote.url() == null || remote.apiKey() == null) {
            return new Outcome(0, null, "the connection to " + remote.name() + " has no address or API key saved");
        }
        URI uri;
        try {
            uri = URI.create(remote.url().replaceAll("/+$", "") + path);
            urls.requirePublicAddress(uri);
        } catch (IllegalArgumentException | FieldProblemException refused) {
            return new Outcome(0, null, "the address of " + remote.name() + " is refused: " + refused.getMessage());
        }
        var builder = HttpRequest.newBuilder(uri)
                .timeout(properties.readTimeout().plus(upload))
                .header("accept", "application/json")
                .header("authorization", "Bearer " + remote.apiKey());
        if (idempotencyKey != null) {
            builder.header("idempotency-key", idempotencyKey);
        }
        var request = body == null
                ? builder.GET().build()
                : builder.header("content-type", contentType).POST(body).build();
        try {
            var answer = BoundedExchange.send(
                    http,
                    request,
                    properties.connectTimeout().plus(properties.readTimeout()).plus(upload),
                    MAX_BODY);
            var status = answer.status();
            return new Outcome(
                    status,
                    new String(answer.body(), StandardCharsets.UTF_8),
                    status / 100 == 2 ? null : remote.name() + " answered HTTP " + status);
        } catch (HttpTimeoutException | BoundedExchange.TooLarge e) {
            return new Outcome(0, null, remote.name() + " " + e.getMessage());
        } catch (IOException e) {
            return new Outcome(
                    0,
                    null,
                    "no answer from " + remote.name() + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, null, "interrupted while waiting for " + remote.name());
        }
    }

    /**
     * @param status the HTTP status, or 0 when none came
     * @param body the answer's body, if one came
     * @param error why it counts as not delivered, if it does
     */
    record Outcome(int status, String body, String error) {

        boolean delivered() {
            return error == null;
        }
    }
}
