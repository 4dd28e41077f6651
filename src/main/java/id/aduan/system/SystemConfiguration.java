package id.aduan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    /** Refuses a production start without the settings it needs, before any other bean is made. */
    @Bean
    static ProductionSettings productionSettings() {
        return new ProductionSettings();
    }

    @Bean
    Clock clock() {
        return new ApplicationClock();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${aduan.api.max-body-size:1MB}") DataSize limit,
            @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize multipartLimit,
            ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit, multipartLimit, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Aduan's own API answers JSON only, as before {@code jackson-dataformat-xml} came for Open311, which writes its XML
     * itself: without this, a client that prefers XML (a browser) would get the API's answers and problems in XML.
     */
    @Bean
    WebMvcConfigurer jsonOnlyMessageConverters() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.removeIf(converter -> converter instanceof MappingJackson2XmlHttpMessageConverter);
            }
        };
    }

    /** Spring Boot's error page, answering problem details to clients that are no browser, and 404 for itself. */
    @Bean
    ErrorPageController errorPageController(
            ErrorAttributes attributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ErrorPageController(
                attributes, server.getError(), resolvers.orderedStream().toList());
    }

    /**
     * JSON as typed: a number is no text and a text no number or truth value, so that a client with the wrong
     * types hears about it instead of having values guessed.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (var type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            }
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
