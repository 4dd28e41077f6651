package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.system.ProblemDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps staff browsers from acting on Aduan's APIs ({@code /engine-rest}, {@code /api}, {@code /staff},
 * {@code /actuator} and the webapps' {@code /camunda/api}) for another site:
 *
 * <ul>
 *   <li>a request that changes something and that a browser sent for another site ({@code Origin} of another site,
 *       or {@code Sec-Fetch-Site: cross-site} or {@code same-site}) is refused with 403, unless its origin is one of
 *       {@code aduan.security.allowed-origins}; programs that send neither header, such as partner systems and
 *       {@code curl}, are not concerned;
 *   <li>a 401 carries no {@code WWW-Authenticate: Basic} challenge, so that a browser never asks for a staff
 *       password on these paths and never keeps one to send along with another site's requests. Clients send their
 *       credentials with each request ({@code curl -u}).
 * </ul>
 *
 * The Camunda webapps' own requests carry their own origin and a CSRF token as well.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final Set<String> allowedOrigins;
    private final ObjectMapper json;

    CrossSiteRequestFilter(Set<String> allowedOrigins, ObjectMapper json) {
        this.allowedOrigins = allowedOrigins;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            var problem = ProblemDetails.of(
                    HttpStatus.FORBIDDEN,
                    "Cross-site request refused",
                    "A browser sent this request for another site. Use Aduan's own pages, Tasklist or Cockpit, or"
                            + " call the API from a program; an operator can allow a site in"
                            + " aduan.security.allowed-origins.");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, new WithoutBasicChallenge(response));
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            return !origin.equalsIgnoreCase(ownOrigin(request)) && !allowedOrigins.contains(normalised(origin));
        }
        var site = request.getHeader("Sec-Fetch-Site");
        return site != null && OTHER_SITES.contains(site.toLowerCase(Locale.ROOT));
    }

    private static String ownOrigin(HttpServletRequest request) {
        var scheme = request.getScheme();
        var port = request.getServerPort();
        var defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    /** An origin as {@code scheme://host[:port]} in lower case, as browsers send it. */
    static String normalised(String origin) {
        try {
            var uri = URI.create(origin.strip());
            var port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return origin;
        }
    }

    /** Drops the Basic challenge that Camunda's {@code /engine-rest} filter adds to its 401. */
    private static final class WithoutBasicChallenge extends HttpServletResponseWrapper {

        WithoutBasicChallenge(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
