package id.aduan.sms;

import id.aduan.notification.SmsTemplates;
import id.aduan.system.SmsText;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders the replies to incoming SMS from the SMS templates {@code sms/<language>/reply-*.txt} ({@link SmsTemplates},
 * which an operator may replace like every other template). White space, line breaks included, becomes one space, so that a
 * template may wrap its lines. A reply that would take more than {@link #MAX_SEGMENTS} SMS loses words of the agency's
 * answer it quotes until it fits, all of them if need be.
 */
@Component
class SmsReplies {

    /** Replies take at most two SMS: 306 characters of the GSM alphabet, or 134 with emoji and the like. */
    static final int MAX_SEGMENTS = 2;

    /** The value that may be shortened to fit: words quoted from an agency's answer. */
    static final String ANSWER = "answer";

    private static final String ELLIPSIS = "...";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final SmsTemplates templates;

    SmsReplies(SmsTemplates templates) {
        this.templates = templates;
    }

    SmsReply render(Answer answer) {
        if (answer.template() == null) {
            return SmsReply.none();
        }
        var values = new HashMap<>(answer.values());
        var text = render(answer, values);
        while (SmsText.segments(text) > MAX_SEGMENTS && values.get(ANSWER) instanceof String quoted) {
            values.put(ANSWER, shorter(quoted));
            text = render(answer, values);
        }
        return new SmsReply(text);
    }

    private String render(Answer answer, Map<String, Object> values) {
        return WHITE_SPACE
                .matcher(templates.render(answer.template(), answer.language(), values))
                .replaceAll(" ");
    }

    /** The quoted words without the last one, marked as cut; none when a single word is left. */
    private static String shorter(String quoted) {
        var words = quoted.endsWith(ELLIPSIS) ? quoted.substring(0, quoted.length() - ELLIPSIS.length()) : quoted;
        var lastSpace = words.stripTrailing().lastIndexOf(' ');
        return lastSpace <= 0 ? null : words.substring(0, lastSpace).stripTrailing() + ELLIPSIS;
    }
}
