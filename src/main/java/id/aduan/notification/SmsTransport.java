package id.aduan.notification;

import id.aduan.complaint.ReporterContact;
import id.aduan.system.SmsText;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * SMS through Kannel's {@code sendsms} interface ({@code aduan.notification.sms.*}): one GET per notification, every
 * parameter URL-encoded, UCS-2 ({@code coding=2}) only for texts outside the GSM alphabet, and a delivery report URL
 * that names the notification. Kannel's 202 means it took the SMS. No connection, a 5xx, and a refusal of the
 * credentials (401, 403) are temporary: the job is retried. No answer once Kannel has the request counts as sent, since
 * Kannel may have queued it: an SMS goes at most once, and its delivery report tells. Any other 4xx refuses this SMS for good, such as a number
 * the gateway does not accept. Neither the number nor the request is ever logged: both hold personal data, the
 * request also the password and the reporter's link.
 */
@Component
class SmsTransport implements NotificationTransport {

    private static final Logger log = LoggerFactory.getLogger(SmsTransport.class);

    /** What Kannel reports about each SMS: delivered, failed, buffered, accepted by the SMS centre, rejected. */
    static final int DELIVERY_REPORT_MASK = 31;

    private final SmsComposer composer;
    private final SmsOptOuts optOuts;
    private final SmsProperties properties;
    private final RestClient http;

    SmsTransport(SmsComposer composer, SmsOptOuts optOuts, SmsProperties properties) {
        this.composer = composer;
        this.optOuts = optOuts;
        this.properties = properties;
        var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    /** The reporter's number while SMS are on and it has not asked for none (BERHENTI). */
    @Override
    public Optional<String> reporterAddress(ReporterContact contact) {
        if (!properties.enabled() || contact.phone() == null || optOuts.isStopped(contact.phone())) {
            return Optional.empty();
        }
        return Optional.of(contact.phone());
    }

    @Override
    public String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink) {
        if (!properties.enabled()) {
            throw new TransportException(
                    true,
                    "SMS are turned off (aduan.notification.sms.enabled)",
                    "SMS " + notification.getId() + " was not sent: SMS are turned off.",
                    null);
        }
        var text = compose(notification, values, reporterLink);
        var request = request(notification, text);
        Answer answer;
        try {
            answer = http.get()
                    .uri(request)
                    .exchange((call, response) -> new Answer(
                            response.getStatusCode().value(),
                            new String(response.getBody().readNBytes(500), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException failure) {
            if (failure.getCause() instanceof HttpTimeoutException
                    && !(failure.getCause() instanceof HttpConnectTimeoutException)) {
                // Kannel has the whole request and may have queued the SMS: sending it again could send it twice.
                log.warn(
                        "SMS {} ({}): Kannel took the request but did not answer within {}; counted as sent, so that"
                                + " it is never sent twice; its delivery report tells whether it left",
                        notification.getId(),
                        notification.getKind(),
                        properties.readTimeout());
                return null;
            }
            var error = "no answer from Kannel: " + describe(failure);
            throw new TransportException(false, error, retried(notification, error), failure);
        }
        if (answer.status() / 100 == 2) {
            log.debug(
                    "SMS {} ({}) taken by Kannel: {} SMS, {}",
                    notification.getId(),
                    notification.getKind(),
                    SmsText.segments(text),
                    SmsText.isGsm7(text) ? "GSM" : "UCS-2");
            return null;
        }
        var error = "Kannel answered HTTP " + answer.status() + ": "
                + HiddenNumbers.hide(answer.firstLine(), notification.getRecipient());
        if (answer.refusesThisSms()) {
            throw new TransportException(
                    true, error, "Kannel refused SMS " + notification.getId() + ": " + error, null);
        }
        throw new TransportException(false, error, retried(notification, error), null);
    }

    /**
     * Renders the text. The link in it is made only when the template shows it; a token that could not be stored
     * fails the delivery as it does for e-mail, not as a broken template.
     */
    private String compose(Notification notification, Map<String, Object> values, Supplier<String> reporterLink) {
        values.put("shortCode", properties.sender());
        values.put("link", new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return reporterLink.get();
            }
        });
        try {
            return composer.compose(notification.getKind(), notification.getLanguage(), values);
        } catch (TemplateEngineException failure) {
            for (var cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                    throw (RuntimeException) cause;
                }
            }
            throw failure;
        }
    }

    /** The sendsms call: every parameter URL-encoded, so that {@code +62…} and the delivery report URL arrive whole. */
    private URI request(Notification notification, String text) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("username", properties.username());
        parameters.put("password", properties.password());
        parameters.put("from", properties.sender());
        parameters.put("to", notification.getRecipient());
        parameters.put("text", text);
        parameters.put("charset", "UTF-8");
        if (!SmsText.isGsm7(text)) {
            parameters.put("coding", "2");
        }
        if (properties.deliveryReportUrl() != null
                && !properties.deliveryReportUrl().isBlank()) {
            parameters.put("dlr-mask", Integer.toString(DELIVERY_REPORT_MASK));
            parameters.put("dlr-url", deliveryReportUrl(notification));
        }
        var query = parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        var url = properties.sendsmsUrl();
        try {
            return URI.create(url + (url.contains("?") ? "&" : "?") + query);
        } catch (IllegalArgumentException notAUrl) {
            // without the message, which holds the whole query: the password, the number and the link's token
            throw new IllegalStateException(
                    "aduan.notification.sms.sendsms-url is not a URL such as http://127.0.0.1:13013/cgi-bin/sendsms:"
                            + " correct it, restart Aduan and retry the incident in Cockpit");
        }
    }

    /** Aduan's delivery report address with this notification's id, and Kannel's escapes for the type and answer. */
    private String deliveryReportUrl(Notification notification) {
        var url = properties.deliveryReportUrl();
        return url + (url.contains("?") ? "&" : "?") + "notification=" + notification.getId() + "&type=%d&answer=%A";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String retried(Notification notification, String error) {
        return "Kannel did not take SMS " + notification.getId() + " (" + error + "). The job is retried as"
                + " NotificationDeliveryProcess.bpmn sets; check aduan.notification.sms.* and Kannel's smsbox, then"
                + " retry the incident in Cockpit if the retries ran out.";
    }

    private static String describe(ResourceAccessException failure) {
        var cause = failure.getCause() == null ? failure : failure.getCause();
        var message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + message;
    }

    /** Kannel's answer to sendsms, such as 202 "0: Accepted for delivery". */
    private record Answer(int status, String body) {

        /** A 4xx about this SMS, not about Aduan's credentials or load: sending it again would fail the same way. */
        boolean refusesThisSms() {
            return status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429;
        }

        /** The answer's first line, for the outbox and the report's timeline. */
        String firstLine() {
            var line = body.strip().lines().findFirst().orElse("(no text)");
            return line.length() > 200 ? line.substring(0, 200) : line;
        }
    }
}
