package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.system.ProblemDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403, 429 and the SMS gateway's refusals as problem details, like every other error of Aduan's API. */
final class ProblemResponses {

    private ProblemResponses() {}

    /**
     * 401 without a {@code WWW-Authenticate: Basic} challenge: browsers never ask for a staff password here and so
     * never keep one to send with another site's requests (see CrossSiteRequestFilter).
     */
    static AuthenticationEntryPoint signInRequired(ObjectMapper json) {
        return (request, response, exception) -> write(
                json,
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign-in required",
                "Send the credentials of a staff member (a user in Camunda Admin) with HTTP Basic in each request.");
    }

    static AccessDeniedHandler notAllowed(ObjectMapper json) {
        return (request, response, exception) -> write(
                json,
                response,
                HttpStatus.FORBIDDEN,
                "Not allowed",
                "Your groups do not allow this. A system administrator can add you to a group in Camunda Admin.");
    }

    /** 429 with {@code Retry-After} (whole seconds, rounded up) as a problem detail. */
    static void tooManyRequests(ObjectMapper json, HttpServletResponse response, Duration wait, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter(wait));
        write(json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
    }

    /** The same for a browser on the pages: Spring Boot's error page, which says so in the reader's language. */
    static void tooManyRequestsPage(HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter(wait));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    private static String retryAfter(Duration wait) {
        return String.valueOf(Math.max(1, wait.plusNanos(999_999_999).toSeconds()));
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetails.of(status, title, detail));
    }
}
