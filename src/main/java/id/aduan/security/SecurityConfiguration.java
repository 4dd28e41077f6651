package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] ADMINISTRATORS = {
        StaffGroups.authority(StaffGroups.NATIONAL_ADMINISTRATORS),
        StaffGroups.authority(StaffGroups.SYSTEM_ADMINISTRATORS)
    };

    /**
     * Camunda's webapps sign users in and protect themselves (sessions, CSRF, security headers);
     * {@code /engine-rest} is protected by the engine's own HTTP Basic filter registered below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(
                        new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    /**
     * Aduan's own API and pages: public for reporters (rate-limited), HTTP Basic with a Camunda user for staff.
     * Reference data is public to read; administrators change it; any staff member may check routing and see
     * the overdue follow-ups of their agencies.
     */
    @Bean
    @Order(2)
    SecurityFilterChain applicationFilterChain(
            HttpSecurity http, RateLimitProperties limits, Clock clock, ObjectMapper json) throws Exception {
        var signInRequired = ProblemResponses.signInRequired(json);
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/holidays",
                                "/api/agencies/**",
                                "/api/categories/**",
                                "/api/regions/**")
                        .permitAll()
                        .requestMatchers("/api/holidays/**", "/api/agencies/**", "/api/categories/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .requestMatchers("/api/routing", "/api/overdue")
                        .authenticated()
                        .requestMatchers("/staff/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .anyRequest()
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(signInRequired))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signInRequired)
                        .accessDeniedHandler(ProblemResponses.notAllowed(json)))
                .addFilterBefore(new RateLimitFilter(limits, clock, json), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Without this filter {@code /engine-rest} answers anyone, as no authorization check runs without a user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
