package id.aduan.complaint;

import java.security.SecureRandom;

/**
 * Tracking IDs such as {@code ADU-7K3M-9QXH}: 40 random bits in Crockford's base 32, so that they are
 * short enough to read out on the phone and cannot be enumerated.
 */
final class TrackingIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingIds() {}

    static String next() {
        var id = new StringBuilder("ADU-");
        for (var i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
