package id.aduan.complaint;

import java.util.regex.Pattern;

/**
 * The title of a report that came without one (a report by SMS): its first words, cut at a word boundary and ending
 * in "…" when cut, short enough to read in a list. The verifier may replace it with a better one.
 */
final class ProvisionalTitles {

    /** Long enough to say what a report is about, short enough for a line of a list or an e-mail's subject. */
    static final int MAX_LENGTH = 60;

    private static final String CUT = "…";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Punctuation that would dangle before the "…" of a cut title. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.!?\\-–—]+$");

    private ProvisionalTitles() {}

    /**
     * The first words of the text on one line; a text too short for a title (a few letters between white space) is
     * prefixed with the type of report ("Pengaduan: …").
     */
    static String of(ReportType type, String text) {
        var words = WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
        if (words.codePointCount(0, words.length()) < ComplaintLimits.TITLE_MIN) {
            words = type.labelId() + ": " + words;
        }
        if (words.length() <= MAX_LENGTH) {
            return words;
        }
        var end = MAX_LENGTH - CUT.length();
        var boundary = words.lastIndexOf(' ', end);
        if (boundary >= ComplaintLimits.TITLE_MIN) {
            end = boundary;
        } else if (Character.isLowSurrogate(words.charAt(end))) {
            end--; // never half an emoji
        }
        var cut = TRAILING_PUNCTUATION.matcher(words.substring(0, end)).replaceAll("");
        return (cut.length() < ComplaintLimits.TITLE_MIN ? words.substring(0, end) : cut) + CUT;
    }
}
