package id.aduan.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signs staff in to Camunda's webapps from a link in an e-mail and takes them back to it: the sign-in is the one
 * Tasklist keeps in the HTTP session, made as Tasklist's own sign-in makes it (the engine checks the password and
 * slows down repeated failures; the session gets a new id), so that Tasklist then opens without asking again.
 */
@Controller
class StaffSignInController {

    static final String PATH = "/staff/sign-in";
    private static final String TASKLIST = "tasklist";
    /** Where a sign-in may lead: the task links only, never another site. */
    private static final Pattern NEXT = Pattern.compile("/staff/tasks/[A-Za-z0-9-]{1,40}");

    private final ProcessEngine engine;

    StaffSignInController(ProcessEngine engine) {
        this.engine = engine;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) String next, CsrfToken csrf, Model model) {
        model.addAttribute("next", next(next));
        return "staff/sign-in";
    }

    @PostMapping(PATH)
    String signIn(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("next", next(next));
        var identity = engine.getIdentityService();
        identity.clearAuthentication();
        if (username.isBlank() || !identity.checkPassword(username, password)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("error", "wrong");
            return "staff/sign-in";
        }
        var authentication = AuthenticationUtil.createAuthentication(engine, username);
        if (authentication == null || !authentication.getAuthorizedApps().contains(TASKLIST)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("error", "no-tasklist");
            return "staff/sign-in";
        }
        var cacheValidation = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
        if (cacheValidation != null) {
            authentication.setCacheValidationTime(cacheValidation);
        }
        AuthenticationUtil.revalidateSession(request, authentication);
        return "redirect:" + next(next);
    }

    private static String next(String next) {
        return next != null && NEXT.matcher(next).matches() ? next : "/camunda/app/tasklist/default/";
    }
}
