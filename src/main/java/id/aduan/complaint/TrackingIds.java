package id.aduan.complaint;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking IDs such as {@code ADU-7K3M-9QXH}: 40 random bits in Crockford's base 32, so that they are
 * short enough to read out on the phone and cannot be enumerated. The alphabet has no I, L, O or U, so that an ID
 * typed as people type it ({@link #parse}) still names one report.
 */
public final class TrackingIds {

    private static final String PREFIX = "ADU";
    private static final int LENGTH = 8;
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");
    private static final Pattern ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingIds() {}

    static String next() {
        var id = new StringBuilder(PREFIX + "-");
        for (var i = 0; i < LENGTH; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /**
     * The tracking ID as Aduan writes it ({@code ADU-7K3M-9QXH}) from the way a reporter typed it: in any case, with or
     * without the {@code ADU} prefix, hyphens, spaces or dots, and with O for 0 and I or L for 1.
     *
     * @return the ID, or empty when the text cannot be one
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var text = NOT_ALPHANUMERIC.matcher(typed.toUpperCase(Locale.ROOT)).replaceAll("");
        if (text.length() == PREFIX.length() + LENGTH && text.startsWith(PREFIX)) {
            text = text.substring(PREFIX.length());
        }
        var id = text.replace('O', '0').replace('I', '1').replace('L', '1');
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + "-" + id.substring(0, 4) + "-" + id.substring(4));
    }
}
