package id.aduan.integration;

import id.aduan.system.FieldProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules for a partner's callback URL: an absolute http(s) URL without credentials in it, and never one of Aduan's
 * own administrative endpoints (Camunda's REST API and webapps, the actuator, the staff API and pages), which a
 * webhook would otherwise call with Aduan's own network position.
 */
@Component
class CallbackUrls {

    private static final List<String> ADMINISTRATIVE_PATHS =
            List.of("/engine-rest", "/camunda", "/actuator", "/api/", "/staff", "/open311");

    private final String ownHost;

    CallbackUrls(@Value("${aduan.notification.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.ownHost = hostOf(publicBaseUrl);
    }

    /** The URL as it will be called, or a 400 naming {@code callbackUrl}. */
    String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused("must name a host, without a user or password in it");
        }
        var path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (isOwnHost(uri.getHost()) && ADMINISTRATIVE_PATHS.stream().anyMatch(path::startsWith)) {
            throw refused("points at Aduan's own administrative endpoints; give the partner system's receiver");
        }
        return uri.toString();
    }

    private boolean isOwnHost(String host) {
        var name = host.toLowerCase(Locale.ROOT);
        return name.equals(ownHost)
                || name.equals("localhost")
                || name.startsWith("127.")
                || name.equals("[::1]")
                || name.equals("0.0.0.0")
                || name.equals("[::]");
    }

    private static String hostOf(String url) {
        var host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static FieldProblemException refused(String message) {
        return new FieldProblemException("callbackUrl", message);
    }
}
