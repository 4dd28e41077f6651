package id.aduan.sms;

import id.aduan.security.SmsGatewayProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The keys under which Aduan counts a number's SMS (the rate-limit buckets) and remembers its language, instead of the
 * number itself: an HMAC-SHA256 of the number in E.164 with the gateway's shared secret, of which 128 bits are kept.
 * Without the secret nobody can tell from the keys which numbers wrote, not even by trying every number. A new secret
 * makes new keys: the limits start afresh and the keywords are explained once more.
 */
@Component
class SenderKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 16;

    private final SecretKeySpec secret;

    SenderKeys(SmsGatewayProperties gateway) {
        // Without a gateway secret no SMS arrives (SmsGatewayFilter refuses every call); the key is then of no use.
        var bytes = gateway.enabled() ? gateway.secret().getBytes(StandardCharsets.UTF_8) : randomBytes();
        this.secret = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The sender of an SMS from this number, in E.164. */
    Sender sender(String e164) {
        return new Sender(e164, key(e164));
    }

    private String key(String e164) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            var digest = mac.doFinal(e164.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
