package id.aduan.security;

import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The pages of {@code id.aduan.portal} and their assets. */
    private static final String[] PUBLIC_PAGES = {
        "/", "/lapor", "/lacak", "/laporan", "/laporan/**", "/instansi", "/instansi/**", "/assets/**"
    };

    /** Aduan's own scripts, styles, images and forms only; no plugins, no framing. */
    private static final String PAGE_POLICY =
            "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] STAFF_ADMINISTRATION = {
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
     * The public pages for citizens: open to anyone, with CSRF tokens in a cookie (no server session, so any
     * node of a cluster answers), and headers that allow nothing but Aduan's own assets.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var tokens = new XorCsrfTokenRequestAttributeHandler();
        // Loads the token on every page, so that its cookie is set before a long page commits the response.
        tokens.setCsrfRequestAttributeName(null);
        var csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return http.securityMatcher(new OrRequestMatcher(Stream.of(PUBLIC_PAGES)
                        .<RequestMatcher>map(paths::matcher)
                        .toList()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(tokens))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Aduan's own API: public for reporters, HTTP Basic with a Camunda user for staff administration. */
    @Bean
    @Order(3)
    SecurityFilterChain applicationFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/holidays")
                        .permitAll()
                        .requestMatchers("/api/holidays/**", "/api/holidays")
                        .hasAnyAuthority(STAFF_ADMINISTRATION)
                        .requestMatchers("/staff/**")
                        .hasAnyAuthority(STAFF_ADMINISTRATION)
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyAuthority(STAFF_ADMINISTRATION)
                        .anyRequest()
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
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
