package id.aduan.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Calls Aduan as Kannel 1.4.5's smsbox does for an SMS to the short code, with the {@code sms-service} of the shipped
 * configuration: its {@code get-url} {@code …/incoming?secret=…&from=%p&to=%P&text=%a&id=%I&smsc=%i&time=%t} with the
 * escape codes filled in as smsbox fills them ({@code %a}: the words, each URL-encoded in UTF-8 as {@code mo-recode}
 * leaves them, joined by {@code +}; {@code %t}: {@code 2026-03-19+10:11:12}), or its {@code post-url}, the text as the
 * body in the charset smsbox names.
 */
final class KannelSmsbox {

    static final String SECRET = "it-kannel-secret";
    static final String PATH = "/api/sms/kannel/incoming";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    KannelSmsbox(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A new SMS from the number: smsbox gives it an id of its own ({@code %I}). */
    Reply send(String from, String text) {
        return send(UUID.randomUUID().toString(), from, text);
    }

    /** An SMS as smsbox sends it, again with the same id when Aduan's first answer did not reach it. */
    Reply send(String messageId, String from, String text) {
        return get(query(SECRET, from, messageId) + "&text=" + words(text));
    }

    /** The get-url with any query, for calls that are not smsbox's. */
    Reply get(String query) {
        return call(
                HttpRequest.newBuilder(URI.create(base + PATH + "?" + query)).GET());
    }

    /** An SMS through the post-url: the text as the body, in the charset smsbox names in the Content-Type. */
    Reply post(String from, String text, Charset charset) {
        var query = query(SECRET, from, UUID.randomUUID().toString());
        return call(HttpRequest.newBuilder(URI.create(base + PATH + "?" + query))
                .header("Content-Type", "text/plain; charset=\"" + charset.name() + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(charset))));
    }

    /** An SMS with its fields as a form, as a gateway other than Kannel may send it. */
    Reply postForm(String from, String text) {
        var form = "secret=" + SECRET + "&from=" + encode(from) + "&id=" + UUID.randomUUID() + "&text=" + encode(text);
        return call(HttpRequest.newBuilder(URI.create(base + PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String query(String secret, String from, String messageId) {
        return (secret == null ? "" : "secret=" + encode(secret) + "&")
                + (from == null ? "" : "from=" + encode(from) + "&")
                + "to=1708&smsc=telkomsel&time=2026-03-19+10:11:12"
                + (messageId == null ? "" : "&id=" + messageId);
    }

    /** Kannel's {@code %a}: the words of the text, each URL-encoded, joined by {@code +}. */
    static String words(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(KannelSmsbox::encode)
                .collect(Collectors.joining("+"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply call(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("X-Kannel-Coding").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Aduan's answer, which smsbox sends to the phone as the reply SMS.
     *
     * @param coding the {@code X-Kannel-Coding} header: {@code 2} for UCS-2
     */
    record Reply(int status, String contentType, String coding, String text) {}
}
