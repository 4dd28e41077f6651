package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, for everyone, what Camunda's REST API would allow without asking the engine's authorizations, and what
 * Aduan's models have no use for: comments and attachments on tasks and process instances (the engine checks no
 * permission at all for them, so oversight could write on any task it may read), BPMN errors and escalations
 * thrown from a task (no model catches them: they would end an agency's task without an answer), and resolving a
 * delegated task (Aduan delegates none, and the engine lets whoever works on a task resolve it with any variables,
 * past the form's check). The report's
 * timeline in Aduan's tables is the record of a case. Covers {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}; answers 403 in Camunda's error format.
 */
class EngineRestRestrictions extends OncePerRequestFilter {

    /** Refused unless reading, wherever they stand below the REST root (also {@code /engine/{name}/...}). */
    private static final List<Pattern> REFUSED_WRITES = List.of(
            Pattern.compile("/(task|process-instance)(/[^/]+)?/comment(/|$)"),
            Pattern.compile("/task/[^/]+/attachment(/|$)"));

    /** Refused for every method. */
    private static final List<Pattern> REFUSED =
            List.of(Pattern.compile("/task/[^/]+/(bpmnError|bpmnEscalation|resolve)/?$"));

    private final ObjectMapper json;

    EngineRestRestrictions(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refused(request.getMethod(), pathOf(request))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    Map.of(
                            "type",
                            "AuthorizationException",
                            "message",
                            "Aduan keeps no comments, attachments or BPMN errors on tasks: a report's history is its"
                                    + " timeline, and a task ends through its form."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean refused(String method, String path) {
        if (REFUSED.stream().anyMatch(pattern -> pattern.matcher(path).find())) {
            return true;
        }
        return !"GET".equals(method)
                && !"HEAD".equals(method)
                && REFUSED_WRITES.stream()
                        .anyMatch(pattern -> pattern.matcher(path).find());
    }

    /** The decoded path within the application, as the servlet that will answer sees it. */
    private static String pathOf(HttpServletRequest request) {
        var pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
