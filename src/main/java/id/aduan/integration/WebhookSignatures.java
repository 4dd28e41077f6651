package id.aduan.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks webhooks as the Standard Webhooks specification says (standardwebhooks.com): HMAC-SHA256 keyed
 * with the bytes of the secret after {@code whsec_} (standard base64), over {@code id.timestamp.body}, sent as
 * {@code v1,} and the signature in standard base64. Aduan signs the webhooks it sends partners with it, and checks
 * those another Aduan installation sends it.
 */
public final class WebhookSignatures {

    public static final String SECRET_PREFIX = "whsec_";

    private WebhookSignatures() {}

    /**
     * The {@code webhook-signature} header for a webhook.
     *
     * @throws IllegalArgumentException if the secret is not base64 after {@code whsec_}
     */
    public static String sign(String secret, String messageId, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), messageId, timestamp, body));
    }

    /**
     * Whether one of the {@code v1,} signatures of the header is the webhook's, signed with the secret, and its
     * timestamp within the tolerance of now, so that an old webhook cannot be replayed. Anything missing or malformed,
     * the secret included, makes it invalid.
     */
    public static boolean valid(
            String secret,
            String webhookId,
            String timestamp,
            String signatures,
            String body,
            Instant now,
            Duration tolerance) {
        if (secret == null || webhookId == null || timestamp == null || signatures == null) {
            return false;
        }
        long seconds;
        byte[] expected;
        try {
            seconds = Long.parseLong(timestamp.strip());
            expected = hmac(key(secret), webhookId, seconds, body);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        return Arrays.stream(signatures.strip().split(" +"))
                .filter(signature -> signature.startsWith("v1,"))
                .map(signature -> decode(signature.substring(3)))
                .anyMatch(given -> MessageDigest.isEqual(expected, given));
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder()
                .decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
    }

    private static byte[] hmac(byte[] key, String messageId, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides HmacSHA256", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
