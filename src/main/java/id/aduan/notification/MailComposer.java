package id.aduan.notification;

import id.aduan.complaint.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Renders e-mails from Thymeleaf templates: {@code mail/<language>/<template>.html} holds a {@code subject}
 * fragment and a {@code body} fragment (both {@code th:block} elements); {@code mail/layout.html} frames the body. A file of the same name in
 * {@code aduan.notification.template-directory} replaces the built-in one. Values are HTML-escaped.
 */
@Component
class MailComposer {

    private final TemplateEngine templates = new SpringTemplateEngine();

    MailComposer(NotificationProperties properties) {
        var order = 1;
        if (properties.templateDirectory() != null) {
            var files = new FileTemplateResolver();
            files.setPrefix(properties.templateDirectory().toAbsolutePath() + "/");
            files.setSuffix(".html");
            files.setTemplateMode(TemplateMode.HTML);
            files.setCharacterEncoding("UTF-8");
            files.setCheckExistence(true);
            files.setCacheable(false);
            files.setOrder(order++);
            templates.addTemplateResolver(files);
        }
        var builtIn = new ClassLoaderTemplateResolver();
        builtIn.setPrefix("mail/");
        builtIn.setSuffix(".html");
        builtIn.setTemplateMode(TemplateMode.HTML);
        builtIn.setCharacterEncoding("UTF-8");
        builtIn.setOrder(order);
        templates.addTemplateResolver(builtIn);
    }

    ComposedMail compose(NotificationKind kind, Language language, Map<String, Object> values) {
        var locale = language.locale();
        var name = language.name().toLowerCase(Locale.ROOT) + "/" + kind.template();
        var subject = templates
                .process(name, Set.of("subject"), context(locale, values))
                .strip();
        var body = templates.process(name, Set.of("body"), context(locale, values));
        var layout = context(locale, values);
        layout.setVariable("subject", subject);
        layout.setVariable("body", body);
        var html = templates.process("layout", layout);
        return new ComposedMail(
                HtmlEscape.unescapeHtml(subject).replaceAll("\\s+", " "), HtmlToText.convert(body), html);
    }

    private static Context context(Locale locale, Map<String, Object> values) {
        var context = new Context(locale);
        context.setVariables(values);
        return context;
    }
}
