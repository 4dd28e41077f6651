package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.system.ProblemDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down floods of reports and the guessing of access tokens: per client address, a number of new
 * reports and of rejected tokens per window; beyond it, 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter submissions;
    private final RateLimiter rejectedTokens;
    private final ObjectMapper json;

    RateLimitFilter(RateLimitProperties properties, Clock clock, ObjectMapper json) {
        this.submissions = new RateLimiter(properties.submissions(), properties.window(), clock);
        this.rejectedTokens = new RateLimiter(properties.rejectedTokens(), properties.window(), clock);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = request.getRemoteAddr();
        var submission = isSubmission(request);
        var reportAccess = isReportAccess(request);
        if (submission && submissions.exhausted(client)) {
            refuse(response, submissions.secondsLeft(client), "Too many reports from your address. Try again later.");
            return;
        }
        if (reportAccess && rejectedTokens.exhausted(client)) {
            refuse(
                    response,
                    rejectedTokens.secondsLeft(client),
                    "Too many wrong access tokens from your address."
                            + " Use the link from your receipt, or try again later.");
            return;
        }
        chain.doFilter(request, response);
        if (submission && response.getStatus() < 400) {
            submissions.count(client);
        }
        if (reportAccess && (TokenAttempts.rejected(request) || unknownWithToken(request, response))) {
            rejectedTokens.count(client);
        }
    }

    private static boolean isSubmission(HttpServletRequest request) {
        var path = pathOf(request);
        return "POST".equals(request.getMethod()) && ("/api/complaints".equals(path) || "/lapor".equals(path));
    }

    /** A request for one report, by the API or the public pages: where a wrong token can be tried. */
    private static boolean isReportAccess(HttpServletRequest request) {
        var path = pathOf(request);
        return path.startsWith("/api/complaints/") || path.startsWith("/laporan/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean unknownWithToken(HttpServletRequest request, HttpServletResponse response) {
        var carriesToken = request.getHeader("X-Access-Token") != null || request.getParameter("token") != null;
        return carriesToken && response.getStatus() == HttpStatus.NOT_FOUND.value();
    }

    private void refuse(HttpServletResponse response, long retryAfterSeconds, String detail) throws IOException {
        var problem = ProblemDetails.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
