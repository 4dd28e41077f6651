package id.aduan.notification;

import id.aduan.complaint.Language;
import id.aduan.system.SmsText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Renders a notification's SMS ({@code sms/<language>/<template>.txt}) within {@value #MAX_SEGMENTS} SMS. When the
 * text is longer, the texts people wrote ({@link #FREE_TEXTS}: the answer, the question, the reason, agency names) are
 * cut at a word with "...", as little as needed; the tracking ID, the link and the commands never are. Such a text
 * with emoji or other characters outside the GSM alphabet makes the SMS UCS-2, which holds less than half as much:
 * when it then keeps less of the text than the GSM alphabet would, those characters are left out instead.
 */
@Component
class SmsComposer {

    static final int MAX_SEGMENTS = 2;

    /** The values that may be cut: texts of any length that staff or agencies wrote. */
    static final Set<String> FREE_TEXTS = Set.of("answer", "question", "reason", "agencyName", "agencyList");

    private static final String CUT = "...";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");

    private final SmsTemplates templates;

    SmsComposer(SmsTemplates templates) {
        this.templates = templates;
    }

    /**
     * The SMS text of a kind.
     *
     * @throws TemplateProcessingException when even without the free texts it takes more than {@value #MAX_SEGMENTS}
     *     SMS (an operator's template that is too long), or the template is broken
     */
    String compose(NotificationKind kind, Language language, Map<String, Object> values) {
        var texts = new HashMap<>(values);
        FREE_TEXTS.forEach(key -> texts.computeIfPresent(
                key,
                (name, value) -> value instanceof String text
                        ? WHITESPACE.matcher(text).replaceAll(" ").strip()
                        : value));
        var whole = templates.render(kind.template(), language, texts);
        if (fits(whole)) {
            return whole;
        }
        var asWritten = longestFitting(kind, language, texts);
        var gsmTexts = new HashMap<>(texts);
        FREE_TEXTS.forEach(key ->
                gsmTexts.computeIfPresent(key, (name, value) -> value instanceof String text ? gsm(text) : value));
        var inGsm = gsmTexts.equals(texts) ? Optional.<Fitted>empty() : longestFitting(kind, language, gsmTexts);
        return asWritten
                .filter(fitted ->
                        inGsm.isEmpty() || fitted.shown() >= inGsm.get().shown())
                .or(() -> inGsm)
                .map(Fitted::text)
                .orElseThrow(() -> new TemplateProcessingException("The SMS template sms/"
                        + language.name().toLowerCase(Locale.ROOT) + "/" + kind.template()
                        + ".txt takes more than " + MAX_SEGMENTS + " SMS even without the texts it quotes"));
    }

    /** The text with each free text cut to the longest length at which it fits, if any does. */
    private Optional<Fitted> longestFitting(NotificationKind kind, Language language, Map<String, Object> texts) {
        var bare = fitted(kind, language, texts, 0);
        if (!fits(bare.text())) {
            return Optional.empty();
        }
        var longest = FREE_TEXTS.stream()
                .map(texts::get)
                .filter(String.class::isInstance)
                .mapToInt(text -> length((String) text))
                .max()
                .orElse(0);
        var best = bare;
        var low = 0;
        var high = longest;
        while (low < high) {
            var length = (low + high + 1) >>> 1;
            var candidate = fitted(kind, language, texts, length);
            if (fits(candidate.text())) {
                low = length;
                best = candidate;
            } else {
                high = length - 1;
            }
        }
        return Optional.of(best);
    }

    /** The text with each free text cut to at most the length, and how many of their characters it shows. */
    private Fitted fitted(NotificationKind kind, Language language, Map<String, Object> texts, int length) {
        var cut = new HashMap<>(texts);
        var shown = 0;
        for (var key : FREE_TEXTS) {
            if (texts.get(key) instanceof String text) {
                var shortened = cut(text, length);
                cut.put(key, shortened);
                shown += shortened.equals(text) || shortened.isEmpty()
                        ? length(shortened)
                        : length(shortened) - CUT.length();
            }
        }
        return new Fitted(templates.render(kind.template(), language, cut), shown);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean fits(String text) {
        return SmsText.segments(text) <= MAX_SEGMENTS;
    }

    /** The text in at most {@code length} characters, cut at a word where one ends near, with "..." at its end. */
    static String cut(String text, int length) {
        if (length(text) <= length) {
            return text;
        }
        if (length <= CUT.length()) {
            return "";
        }
        var end = text.offsetByCodePoints(0, length - CUT.length());
        var head = text.substring(0, end);
        var space = head.lastIndexOf(' ');
        if (space > head.length() / 2 && !Character.isWhitespace(text.charAt(end))) {
            head = head.substring(0, space);
        }
        return TRAILING_PUNCTUATION.matcher(head).replaceAll("") + CUT;
    }

    /**
     * The text in the GSM alphabet: typographic quotes, dashes and the ellipsis as their plain forms, anything else
     * outside the alphabet (emoji, other scripts) left out.
     */
    static String gsm(String text) {
        var plain = new StringBuilder();
        text.codePoints().forEach(c -> {
            var replacement =
                    switch (c) {
                        case '‘', '’', '‚', '‛', '′' -> "'";
                        case '“', '”', '„', '″' -> "\"";
                        case '‐', '‑', '‒', '–', '—', '―' -> "-";
                        case '…' -> "...";
                        case '\u00a0', '\u2009', '\u202f' -> " ";
                        default -> {
                            var character = Character.toString(c);
                            yield SmsText.isGsm7(character) ? character : "";
                        }
                    };
            plain.append(replacement);
        });
        return WHITESPACE.matcher(plain).replaceAll(" ").strip();
    }

    /** A text, and how many characters of the free texts it shows. */
    private record Fitted(String text, int shown) {}
}
