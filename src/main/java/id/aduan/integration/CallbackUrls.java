package id.aduan.integration;

import id.aduan.integration.webhook.WebhookProperties;
import id.aduan.system.FieldProblemException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules for a partner's callback URL: an absolute http(s) URL without credentials in it, never one of Aduan's own
 * administrative endpoints (Camunda's REST API and webapps, the actuator, the staff API and pages), and, unless
 * {@code aduan.webhooks.private-addresses-allowed}, never a host that resolves to a loopback, link-local or private
 * address: a webhook would otherwise call inside Aduan's network with Aduan's own position. The address is checked
 * when the URL is saved and again before each call, since what a name resolves to may change.
 */
@Component
public class CallbackUrls {

    private static final List<String> ADMINISTRATIVE_PATHS =
            List.of("/engine-rest", "/camunda", "/actuator", "/api/", "/staff", "/open311");

    /**
     * Where an Aduan installation hears from the installations it forwarded reports to: not administrative (a webhook
     * must carry the signature of the installation it names), so that installations on one host can call each other.
     * Only the callback of another installation ({@link IntegrationKind#ADUAN_INSTALLATION}) may lead there.
     */
    private static final String INSTALLATION_RECEIVER = "/api/installations/";

    private final String ownHost;
    private final boolean privateAddressesAllowed;

    CallbackUrls(
            @Value("${aduan.notification.public-base-url:http://localhost:8080}") String publicBaseUrl,
            WebhookProperties webhooks) {
        this.ownHost = hostOf(publicBaseUrl);
        this.privateAddressesAllowed = webhooks.privateAddressesAllowed();
    }

    /**
     * The callback URL of an integration of that kind as it will be called, or a 400 naming {@code callbackUrl}: only
     * another installation's callback may be its receiver on Aduan's own host.
     */
    String check(String url, IntegrationKind kind) {
        return check(url, "callbackUrl", kind == IntegrationKind.ADUAN_INSTALLATION);
    }

    /** The URL as it will be called, or a 400 naming the field it came in. */
    String check(String url, String field) {
        return check(url, field, false);
    }

    private String check(String url, String field, boolean installationReceiverAllowed) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(field, "is not a URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused(field, "must name a host, without a user or password in it");
        }
        var path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (isOwnHost(uri.getHost())
                && ADMINISTRATIVE_PATHS.stream().anyMatch(path::startsWith)
                && !(installationReceiverAllowed && path.startsWith(INSTALLATION_RECEIVER))) {
            throw refused(field, "points at Aduan's own administrative endpoints; give the partner system's receiver");
        }
        requirePublicAddress(uri);
        return uri.toString();
    }

    /** Refuses a callback URL whose host resolves to a loopback, link-local or private address, unless allowed. */
    public void requirePublicAddress(URI uri) {
        if (privateAddressesAllowed) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("callbackUrl", "names a host that does not resolve: " + uri.getHost());
        }
        for (var address : addresses) {
            if (isPrivate(address)) {
                throw refused(
                        "callbackUrl",
                        "leads to the private address " + address.getHostAddress()
                                + "; give an address the partner system's receiver has on the internet");
            }
        }
    }

    private static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
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

    private static FieldProblemException refused(String field, String message) {
        return new FieldProblemException(field, message);
    }
}
