package id.aduan.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook as the Standard Webhooks specification says (standardwebhooks.com): HMAC-SHA256 keyed with the
 * bytes of the secret after {@code whsec_} (standard base64), over {@code id.timestamp.body}, sent as {@code v1,} and
 * the signature in standard base64.
 */
final class WebhookSignatures {

    static final String SECRET_PREFIX = "whsec_";

    private WebhookSignatures() {}

    static String sign(String secret, String messageId, long timestamp, String body) {
        var key = Base64.getDecoder()
                .decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256", e);
        }
    }
}
