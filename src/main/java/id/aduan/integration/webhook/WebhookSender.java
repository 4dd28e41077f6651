package id.aduan.integration.webhook;

import id.aduan.integration.CallbackUrls;
import id.aduan.integration.WebhookSignatures;
import id.aduan.integration.internal.PartnerEvent;
import id.aduan.system.FieldProblemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * POSTs one event to a callback URL as JSON with the Standard Webhooks headers, within the configured timeouts and
 * without following redirects (a receiver cannot send Aduan's own network position elsewhere).
 */
@Component
class WebhookSender {

    private final HttpClient http;
    private final WebhookProperties properties;
    private final CallbackUrls callbackUrls;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, CallbackUrls callbackUrls, Clock clock) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.properties = properties;
        this.callbackUrls = callbackUrls;
        this.clock = clock;
    }

    /** The receiver's answer, or why there was none. */
    Outcome send(Callback callback, PartnerEvent event) {
        try {
            callbackUrls.requirePublicAddress(URI.create(callback.url()));
        } catch (FieldProblemException refused) {
            return new Outcome(0, "the callback URL " + refused.error().message());
        }
        var timestamp = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(callback.url()))
                .timeout(properties.readTimeout())
                .header("content-type", "application/json")
                .header("webhook-id", event.getEventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignatures.sign(callback.secret(), event.getEventId(), timestamp, event.getPayload()))
                .POST(HttpRequest.BodyPublishers.ofString(event.getPayload(), StandardCharsets.UTF_8))
                .build();
        try {
            // The status is all Aduan reads: the body is closed unread, so that a receiver sending one slowly
            // cannot hold the job past the read timeout, which covers the wait for the status line and headers.
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            var status = response.statusCode();
            return new Outcome(status, status / 100 == 2 ? null : "the receiver answered HTTP " + status);
        } catch (IOException e) {
            return new Outcome(0, "no answer from the receiver: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted while waiting for the receiver");
        }
    }

    private static String describe(IOException failure) {
        var message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return failure.getClass().getSimpleName() + message;
    }

    /** Where a partner's webhooks go, and the secret that signs them. */
    record Callback(String url, String secret) {}

    /**
     * @param status the HTTP status, or 0 when none came
     * @param error why it counts as not delivered, if it does
     */
    record Outcome(int status, String error) {

        static final Outcome DELIVERED = new Outcome(200, null);

        boolean delivered() {
            return error == null;
        }

        /** The receiver says the hook is gone for good (410): stop calling it. */
        boolean gone() {
            return status == 410;
        }
    }
}
