package id.aduan.notification;

import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/** Derives an e-mail's plain-text part from its HTML part, so that each template exists once. */
final class HtmlToText {

    private static final Pattern LINK =
            Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_END =
            Pattern.compile("</(p|div|h[1-6]|ul|ol|table|tr|blockquote)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("<li[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private HtmlToText() {}

    static String convert(String html) {
        var text = LINK.matcher(html).replaceAll(match -> {
            var label = TAG.matcher(match.group(2)).replaceAll("").strip();
            var href = match.group(1);
            return java.util.regex.Matcher.quoteReplacement(
                    label.equals(HtmlEscape.unescapeHtml(href)) ? href : label + " (" + href + ")");
        });
        text = BREAK.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = HtmlEscape.unescapeHtml(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
    }
}
