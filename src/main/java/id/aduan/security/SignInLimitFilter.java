package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one client at every door that takes a password: HTTP Basic on Aduan's staff
 * API and on {@code /engine-rest}, and the sign-in form of Camunda's webapps. A client that has failed its number of
 * sign-ins ({@link RateLimits}) gets 429 for every further sign-in, the right password included, before any password
 * is checked; a failed sign-in is one answered with 401, and successful ones do not count. Each account is slowed
 * down on its own by the engine ({@code loginDelay*} in application.yml).
 */
class SignInLimitFilter extends OncePerRequestFilter {

    /** The URL patterns of the doors, for the filter's registration. */
    static final String[] DOORS = {
        "/api/*", "/staff/*", "/actuator/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*"
    };

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
        var wait = limits.waitBeforeSignIn(client);
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
            limits.countFailedSignIn(client);
        }
    }

    private static boolean isSignIn(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && WEBAPP_SIGN_IN.matcher(path).matches();
    }
}
