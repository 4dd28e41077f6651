package id.aduan.system;

/**
 * How an SMS text travels: in the GSM 7-bit alphabet (160 characters in one SMS, 153 per part of a long one, the
 * extension characters such as {@code €[]{}} counting twice), or else in UCS-2 (70, and 67 per part), which emoji and
 * most non-Latin letters need. Kannel must be told which ({@code coding=2} for UCS-2).
 */
public final class SmsText {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private SmsText() {}

    /** Whether the text fits the GSM 7-bit alphabet; otherwise it goes as UCS-2. */
    public static boolean isGsm7(String text) {
        return text.codePoints().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** How many SMS the text takes. */
    public static int segments(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        if (isGsm7(text)) {
            var septets = text.codePoints()
                    .map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1)
                    .sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        var units = text.length(); // UTF-16 code units: an emoji takes two, as in UCS-2 (UTF-16) on the air
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
