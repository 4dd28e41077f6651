package id.aduan.complaint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as Aduan keeps and compares them: E.164 ({@code +6281234567890}), whichever way a reporter or an SMS
 * gateway wrote them ({@code 0812-3456-7890}, {@code 62812 3456 7890}, {@code +62 812 3456 7890}). A number is the
 * reporter's credential for the reports filed from it, so two spellings of one number must compare equal; and it is
 * personal data, so logs only ever show it {@link #mask masked}.
 */
public final class PhoneNumbers {

    /** Indonesia's country code: national numbers ({@code 0812…}) and bare ones ({@code 812…}) are Indonesian. */
    private static final String INDONESIA = "62";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{7,15}");

    private PhoneNumbers() {}

    /** The number in E.164, or empty when it is not a phone number (letters, too short or too long). */
    public static Optional<String> e164(String number) {
        if (number == null) {
            return Optional.empty();
        }
        var digits = SEPARATORS.matcher(number.strip()).replaceAll("");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = INDONESIA + digits.substring(1);
        } else if (digits.startsWith("8")) {
            digits = INDONESIA + digits;
        }
        if (!DIGITS.matcher(digits).matches() || digits.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }

    /** Whether two spellings name the same number; false when either is not a number. */
    public static boolean same(String one, String other) {
        var first = e164(one);
        return first.isPresent() && first.equals(e164(other));
    }

    /**
     * The number as logs and staff may show it: {@code +62812****7890}, the country and operator prefix and the last
     * four digits. Anything that is not a number shows as {@code ****}.
     */
    public static String mask(String number) {
        return e164(number)
                .filter(e164 -> e164.length() > 10)
                .map(e164 -> e164.substring(0, 6) + "****" + e164.substring(e164.length() - 4))
                .orElse("****");
    }
}
