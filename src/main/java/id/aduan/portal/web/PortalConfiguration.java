package id.aduan.portal.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' languages: Indonesian unless the reader chose English with {@code ?lang=en}, remembered in a
 * cookie; texts in {@code messages_id.properties} and {@code messages_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(INDONESIAN);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("aduan_bahasa");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChangeInterceptor());
    }

    /** Takes {@code ?lang=en} or {@code ?lang=id}; any other value means Indonesian. */
    private static final class LanguageChangeInterceptor extends LocaleChangeInterceptor {

        LanguageChangeInterceptor() {
            setParamName("lang");
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : INDONESIAN;
        }
    }
}
