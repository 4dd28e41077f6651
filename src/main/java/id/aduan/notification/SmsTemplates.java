package id.aduan.notification;

import id.aduan.complaint.Language;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * SMS texts from Thymeleaf templates in TEXT mode ({@code [(${trackingId})]}): {@code sms/<language>/<name>.txt}, for
 * the notifications' SMS and the replies to incoming SMS. A file {@code sms/<language>/<name>.txt} in {@code
 * aduan.notification.template-directory} replaces the built-in one. The text comes out stripped, with runs of spaces
 * and tabs as one space, since every character of an SMS counts.
 */
@Component
public class SmsTemplates {

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern SPACED_LINE_BREAKS = Pattern.compile(" ?\\r?\\n ?");

    private final TemplateEngine templates = new SpringTemplateEngine();

    public SmsTemplates(NotificationProperties properties) {
        var order = 1;
        if (properties.templateDirectory() != null) {
            var files = new FileTemplateResolver();
            files.setPrefix(properties.templateDirectory().toAbsolutePath() + "/sms/");
            files.setCheckExistence(true);
            files.setCacheable(false);
            templates.addTemplateResolver(configure(files, order++));
        }
        var builtIn = new ClassLoaderTemplateResolver();
        builtIn.setPrefix("sms/");
        templates.addTemplateResolver(configure(builtIn, order));
    }

    private static AbstractConfigurableTemplateResolver configure(
            AbstractConfigurableTemplateResolver resolver, int order) {
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * Renders {@code sms/<language>/<name>.txt} with the values.
     *
     * @throws org.thymeleaf.exceptions.TemplateEngineException when the template is missing or broken
     */
    public String render(String name, Language language, Map<String, Object> values) {
        var context = new Context(language.locale());
        context.setVariables(values);
        var text = templates.process(language.name().toLowerCase(Locale.ROOT) + "/" + name, context);
        return SPACED_LINE_BREAKS
                .matcher(SPACES.matcher(text.strip()).replaceAll(" "))
                .replaceAll("\n");
    }
}
