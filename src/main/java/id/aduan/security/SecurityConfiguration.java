package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The pages of {@code id.aduan.portal} and their assets. */
    private static final String[] PUBLIC_PAGES = {
        "/",
        "/lapor",
        "/lacak",
        "/laporan",
        "/laporan/**",
        "/instansi",
        "/instansi/**",
        "/statistik",
        "/statistik/**",
        "/assets/**"
    };

    /** Aduan's own scripts, styles, images and forms only; no plugins, no framing. */
    private static final String PAGE_POLICY =
            "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The OpenAPI document and Swagger UI with its scripts and styles (OpenApiConfiguration). */
    private static final String[] API_DOCUMENTATION = {"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** The files of reports, linked from the task forms: open to staff signed in to Tasklist as well. */
    private static final String STAFF_REPORT_FILES = "/staff/reports/*/attachments/*";

    /** The links in staff e-mails to the task about a report (complaint.TaskLinks), and the sign-in they lead to. */
    private static final String STAFF_TASK_LINKS = "/staff/tasks/*";

    private static final String STAFF_SIGN_IN = "/staff/sign-in";

    private static final String SYSTEM_ADMINISTRATORS = StaffGroups.authority(StaffGroups.SYSTEM_ADMINISTRATORS);

    private static final String[] ADMINISTRATORS = {
        StaffGroups.authority(StaffGroups.NATIONAL_ADMINISTRATORS), SYSTEM_ADMINISTRATORS
    };

    /** The operators' Prometheus (group {@code monitoring}) and system administrators. */
    private static final String[] METRICS_READERS = {
        StaffGroups.authority(StaffGroups.MONITORING), SYSTEM_ADMINISTRATORS
    };

    /**
     * {@code requestMatchers("/api/...")} match the path as {@link PathPatternRequestMatcher} does, Spring Security 7's
     * default, whatever other servlets run beside Spring MVC's. Unlike the default of 6, which asks the request which
     * servlet it went to, this also answers requests made up to ask whether a path needs a sign-in
     * ({@code WebInvocationPrivilegeEvaluator}, which the OpenAPI document asks).
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestMatchersByPathPattern() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Camunda's webapps sign users in and protect themselves (sessions, CSRF, security headers);
     * {@code /engine-rest} is protected by the engine's own HTTP Basic filter registered below.
     */
    /**
     * The SMS gateway's calls ({@code /api/sms/kannel/**}: incoming SMS, delivery reports): no session, no CSRF, no
     * staff sign-in, only the gateway's addresses and shared secret ({@link SmsGatewayFilter}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain smsGatewayFilterChain(HttpSecurity http, SmsGatewayProperties gateway, ObjectMapper json)
            throws Exception {
        return http.securityMatcher("/api/sms/kannel/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new SmsGatewayFilter(gateway, json), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

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
     * node of a cluster answers), and headers that allow nothing but Aduan's own assets. A report whose upload is
     * larger than the server reads goes to the form without its token being checked, since the server reads none of
     * it: the form comes back saying the files are too large (413) instead of a refusal that loses the form.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalFilterChain(HttpSecurity http, RateLimitFilter rateLimits, MultipartProperties uploads)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        var tokens = new XorCsrfTokenRequestAttributeHandler();
        // Loads the token on every page, so that its cookie is set before a long page commits the response.
        tokens.setCsrfRequestAttributeName(null);
        return http.securityMatcher(new OrRequestMatcher(Stream.of(PUBLIC_PAGES)
                        .<RequestMatcher>map(paths::matcher)
                        .toList()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(rateLimits, AuthorizationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(tokens)
                        .ignoringRequestMatchers(new AndRequestMatcher(
                                paths.matcher(HttpMethod.POST, "/lapor"),
                                new OversizedUpload(uploads.getMaxRequestSize()))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Aduan's own API: public for reporters (rate-limited), HTTP Basic with a Camunda user for staff.
     * Reference data is public to read; administrators change it and manage partner systems and the SMS blocklist; any staff member may check routing, see
     * the overdue follow-ups of their agencies, export their reports and open their files, the latter also with
     * their Tasklist sign-in, as they follow the links in staff e-mails to their tasks (someone not signed in is sent
     * to {@code /staff/sign-in} and back). Any staff member may ask for a government's staff ({@code /api/governments},
     * {@code /staff/governments}): StaffService lets its coordinators and administrators alone in. The in-process mailbox of the default run is for system administrators; the metrics
     * for them and the monitoring group. Anyone reads the API's documentation. The staff pages' forms
     * ({@code /staff/integrations}, {@code /staff/governments}) carry CSRF tokens.
     */
    @Bean
    @Order(3)
    SecurityFilterChain applicationFilterChain(
            HttpSecurity http,
            RateLimitFilter rateLimits,
            ObjectMapper json,
            ProcessEngine engine,
            StaffAuthorities authorities)
            throws Exception {
        var signInRequired = ProblemResponses.signInRequired(json);
        var reportFiles = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, STAFF_REPORT_FILES);
        var taskLinks = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, STAFF_TASK_LINKS);
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(taskLinks, SecurityConfiguration::toSignIn);
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(signInRequired);
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/holidays",
                                "/api/agencies/**",
                                "/api/categories/**",
                                "/api/regions/**")
                        .permitAll()
                        .requestMatchers(
                                "/api/holidays/**", "/api/agencies/**", "/api/categories/**", "/api/regions/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .requestMatchers("/api/integrations/**", "/api/sms/blocklist/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        // the list of connected installations; their receivers below it are public (signed webhooks)
                        .requestMatchers("/api/installations")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .requestMatchers("/api/routing", "/api/overdue", "/api/governments/**")
                        .authenticated()
                        .requestMatchers(reportFiles, taskLinks)
                        .authenticated()
                        .requestMatchers(STAFF_SIGN_IN)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/staff/reports.csv")
                        .authenticated()
                        .requestMatchers("/staff/mailbox")
                        .hasAuthority(SYSTEM_ADMINISTRATORS)
                        .requestMatchers("/staff/governments/**")
                        .authenticated()
                        .requestMatchers("/staff/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, API_DOCUMENTATION)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasAnyAuthority(METRICS_READERS)
                        .requestMatchers("/actuator/**")
                        .hasAnyAuthority(ADMINISTRATORS)
                        .anyRequest()
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(signInRequired))
                .addFilterBefore(
                        new WebappSessionAuthenticationFilter(
                                new OrRequestMatcher(reportFiles, taskLinks), engine.getName(), authorities),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.notAllowed(json)))
                .addFilterBefore(rateLimits, AuthorizationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()).ignoringRequestMatchers("/api/**", "/open311/**"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** A task link followed before signing in: to the sign-in, which leads back to it. */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        response.sendRedirect(
                request.getContextPath() + STAFF_SIGN_IN + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    /**
     * CSRF tokens in a cookie rather than a server session, so that any node of a cluster answers a form: the public
     * pages' and the staff pages' ({@code /staff/integrations}), which read the token before they write anything.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** Browsers act on the APIs for Aduan's own pages only (see CrossSiteRequestFilter). */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequestFilter(
            AllowedOrigins allowed,
            @Value("${aduan.notification.public-base-url:}") String publicBaseUrl,
            ObjectMapper json) {
        var origins = new HashSet<String>();
        allowed.allowedOrigins().stream()
                .map(CrossSiteRequestFilter::normalised)
                .forEach(origins::add);
        if (!publicBaseUrl.isBlank()) {
            origins.add(CrossSiteRequestFilter.normalised(publicBaseUrl));
        }
        var registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter(Set.copyOf(origins), json));
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/staff/*", "/actuator/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** What Camunda's REST API would let anyone write unchecked (see EngineRestRestrictions). */
    @Bean
    FilterRegistrationBean<EngineRestRestrictions> engineRestRestrictions(ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new EngineRestRestrictions(json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
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
