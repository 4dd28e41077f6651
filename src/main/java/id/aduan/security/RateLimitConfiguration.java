package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rate limits' filters; scheduling deletes the buckets that have refilled ({@link RateLimitBuckets}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitConfiguration {

    /** The reporters' limits: in the pages' and the API's security filter chains (SecurityConfiguration). */
    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, ObjectMapper json) {
        return new RateLimitFilter(limits, json);
    }

    /** The rate limit runs inside the security filter chains, not as a filter of its own. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The limit of failed sign-ins, before Spring Security, the engine's {@code /engine-rest} filter and Camunda's
     * webapps check any password.
     */
    @Bean
    FilterRegistrationBean<SignInLimitFilter> signInLimitFilter(RateLimits limits, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new SignInLimitFilter(limits, json));
        registration.setName("sign-in-limit");
        registration.addUrlPatterns(SignInLimitFilter.DOORS);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
