package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.WebUtils;

/**
 * The reporters' limits on the API and the pages ({@link RateLimits}):
 *
 * <ul>
 *   <li>Filing ({@code POST /api/complaints}, {@code POST /lapor}): a client that has filed its number of reports
 *       gets 429 until it may file again. Only a report filed counts (201 from the API, the way to the confirmation
 *       from the page), not a form that came back with mistakes.
 *   <li>Access tokens ({@code /api/complaints/{trackingId}…} with {@code X-Access-Token}, {@code /laporan/{trackingId}…}
 *       with {@code ?token=} or the reporter's cookie): a token that does not open the report (the answer is the
 *       public view, or 404) counts against the client and against the report. Once either has none left, such a
 *       request gets 429 instead of its answer. A request without a token, or with the right one, is always
 *       answered, so that wrong tokens for one report never keep anyone from another, nor its reporter from it.
 *   <li>New private links by e-mail ({@code POST /api/complaints/{trackingId}/access-link}, {@code POST /lacak}):
 *       every request counts against the client, since the answer is the same whatever the address; beyond its
 *       limit, 429. The e-mails to one reporter are limited where the address is compared ({@link AccessLinkLimits}).
 * </ul>
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern REPORT = Pattern.compile("/(?:api/complaints|laporan)/([^/]+)(?:/.*)?");
    private static final Pattern ACCESS_LINK = Pattern.compile("/api/complaints/[^/]+/access-link");
    /** Longer path segments are no tracking IDs: cut, so that they cannot make long keys. */
    private static final int REPORT_KEY_MAX_LENGTH = 40;

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final RateLimits limits;
    private final ObjectMapper json;

    RateLimitFilter(RateLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = pathOf(request);
        var client = ClientAddress.of(request.getRemoteAddr());
        if (isSubmission(request, path)) {
            file(request, response, chain, path, client);
            return;
        }
        if ("POST".equals(request.getMethod()) && isAccessLinkRequest(path)) {
            var wait = limits.countAccessLinkRequest(client);
            if (wait.isPresent()) {
                refuse(path, response, wait.get(), "Too many requests for a new link. Try again later.");
                return;
            }
        }
        var report = REPORT.matcher(path);
        if (report.matches() && carriesToken(request)) {
            openWithToken(request, response, chain, path, client, reportKey(report.group(1)));
            return;
        }
        chain.doFilter(request, response);
    }

    private void file(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path, String client)
            throws ServletException, IOException {
        var wait = limits.waitBeforeSubmission(client);
        if (wait.isPresent()) {
            refuse(path, response, wait.get(), "Too many reports from your address. Try again later.");
            return;
        }
        chain.doFilter(request, response);
        if (filed(path, response)) {
            limits.countSubmission(client);
        }
    }

    /** Holds the answer back until it is known whether the token was wrong, and then whether it may go out. */
    private void openWithToken(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String path,
            String client,
            String report)
            throws ServletException, IOException {
        var answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (TokenAttempts.rejected(request) || answer.getStatus() == HttpStatus.NOT_FOUND.value()) {
            var wait = limits.countRejectedToken(client, report);
            if (wait.isPresent() && !response.isCommitted()) {
                response.reset();
                refuse(
                        path,
                        response,
                        wait.get(),
                        "Too many wrong access tokens from your address or for this report."
                                + " Use the link from your receipt, or try again later.");
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    private static boolean isSubmission(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && ("/api/complaints".equals(path) || "/lapor".equals(path));
    }

    private static boolean isAccessLinkRequest(String path) {
        return "/lacak".equals(path) || ACCESS_LINK.matcher(path).matches();
    }

    private static boolean filed(String path, HttpServletResponse response) {
        return isApi(path)
                ? response.getStatus() == HttpStatus.CREATED.value()
                : HttpStatusCode.valueOf(response.getStatus()).is3xxRedirection();
    }

    private static boolean carriesToken(HttpServletRequest request) {
        return request.getHeader(TokenAttempts.HEADER) != null
                || request.getParameter(TokenAttempts.LINK_PARAMETER) != null
                || WebUtils.getCookie(request, TokenAttempts.COOKIE) != null;
    }

    /** The report as its letters and digits in upper case, so that every spelling of one tracking ID counts as one. */
    private static String reportKey(String trackingId) {
        var key = trackingId.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return key.length() > REPORT_KEY_MAX_LENGTH ? key.substring(0, REPORT_KEY_MAX_LENGTH) : key;
    }

    private void refuse(String path, HttpServletResponse response, Duration wait, String detail) throws IOException {
        if (isApi(path)) {
            ProblemResponses.tooManyRequests(json, response, wait, detail);
        } else {
            ProblemResponses.tooManyRequestsPage(response, wait);
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** The path as the application reads it: decoded, without path parameters. */
    static String pathOf(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }
}
