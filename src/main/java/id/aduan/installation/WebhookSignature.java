package id.aduan.installation;

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
 * Checks a webhook's signature as the Standard Webhooks specification says (standardwebhooks.com): HMAC-SHA256 keyed
 * with the bytes of the secret after {@code whsec_}, over {@code id.timestamp.body}, among the {@code v1,} signatures
 * of the header, and a timestamp close enough to now that an old webhook cannot be replayed.
 */
final class WebhookSignature {

    private static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {}

    static boolean valid(
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
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            var key = Base64.getDecoder()
                    .decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            expected = mac.doFinal((webhookId + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
        return Arrays.stream(signatures.strip().split(" +"))
                .filter(signature -> signature.startsWith("v1,"))
                .map(signature -> decode(signature.substring(3)))
                .anyMatch(given -> MessageDigest.isEqual(expected, given));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
