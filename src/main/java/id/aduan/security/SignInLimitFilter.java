package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one client at every door that takes a password: HTTP Basic on Aduan's staff
 * API and on {@code /engine-rest}, and the sign-in form of Camunda's webapps. A failed sign-in is one answered with
 * 401; successful ones do not count. Failures count per client and account, so that they hold back that account
 * from that client only, and per client with a higher number, against trying many accounts. Beyond either, the
 * sign-in gets 429 before any password is checked, the right one included. Each account is slowed down on its own
 * by the engine as well ({@code loginDelay*} in application.yml).
 */
class SignInLimitFilter extends OncePerRequestFilter {

    /** The URL patterns of the doors, for the filter's registration. */
    static final String[] DOORS = {
        "/api/*", "/staff/*", "/actuator/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*"
    };

    private static final String BASIC = "Basic ";
    /** The user field of the form that Camunda's webapps sign in with. */
    private static final String WEBAPP_USER_NAME = "username";

    /** Aduan's sign-in to the webapps from a task link (security.web.StaffSignInController), with the same field. */
    private static final String STAFF_SIGN_IN = "/staff/sign-in";

    private static final Pattern WEBAPP_SIGN_IN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final RateLimits limits;
    private final ObjectMapper json;

    SignInLimitFilter(RateLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSignIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        var client = ClientAddress.of(request.getRemoteAddr());
        var account = accountOf(request);
        var wait = limits.waitBeforeSignIn(client, account);
        if (wait.isPresent()) {
            ProblemResponses.tooManyRequests(
                    json,
                    response,
                    wait.get(),
                    "Too many failed sign-ins from your address. Try again later; a system administrator can help"
                            + " if you forgot your password.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            limits.countFailedSignIn(client, account);
        }
    }

    /** The account a sign-in is for: the user of HTTP Basic, or of the webapps' sign-in form. */
    private static String accountOf(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return String.valueOf(request.getParameter(WEBAPP_USER_NAME));
        }
        try {
            var credentials = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            var colon = credentials.indexOf(':');
            return colon < 0 ? credentials : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static boolean isSignIn(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return true;
        }
        var path = RateLimitFilter.pathOf(request);
        return "POST".equals(request.getMethod())
                && (WEBAPP_SIGN_IN.matcher(path).matches() || STAFF_SIGN_IN.equals(path));
    }
}
