package id.aduan.sms;

import id.aduan.notification.NotificationProperties;
import id.aduan.system.SmsText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the replies to incoming SMS from Thymeleaf templates in TEXT mode, {@code sms/<language>/reply-*.txt}; a
 * file of the same name under {@code aduan.notification.template-directory} ({@code <language>/reply-*.txt}) replaces
 * the built-in one, as for the e-mail templates. White space, line breaks included, becomes one space, so that a
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

    private final TemplateEngine templates = new SpringTemplateEngine();

    @Autowired
    SmsReplies(NotificationProperties properties) {
        this(properties.templateDirectory());
    }

    /** Replies from the built-in templates, and from the folder's where it has them (when not null). */
    SmsReplies(Path templateDirectory) {
        var order = 1;
        if (templateDirectory != null) {
            var files = new FileTemplateResolver();
            files.setCheckExistence(true);
            files.setCacheable(false);
            templates.addTemplateResolver(text(files, templateDirectory.toAbsolutePath() + "/", order++));
        }
        templates.addTemplateResolver(text(new ClassLoaderTemplateResolver(), "sms/", order));
    }

    private static AbstractConfigurableTemplateResolver text(
            AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
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
        var language = answer.language();
        var context = new Context(language.locale());
        context.setVariables(values);
        var name = language.name().toLowerCase(Locale.ROOT) + "/" + answer.template();
        return WHITE_SPACE
                .matcher(templates.process(name, context))
                .replaceAll(" ")
                .strip();
    }

    /** The quoted words without the last one, marked as cut; none when a single word is left. */
    private static String shorter(String quoted) {
        var words = quoted.endsWith(ELLIPSIS) ? quoted.substring(0, quoted.length() - ELLIPSIS.length()) : quoted;
        var lastSpace = words.stripTrailing().lastIndexOf(' ');
        return lastSpace <= 0 ? null : words.substring(0, lastSpace).stripTrailing() + ELLIPSIS;
    }
}
