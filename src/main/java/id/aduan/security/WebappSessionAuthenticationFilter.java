package id.aduan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets staff signed in to Camunda's webapps open what their task forms link to without signing in again: a
 * request it matches (reading only) is authenticated with the Tasklist sign-in held in this node's HTTP session,
 * for that request alone. The user must still exist, and their groups are read afresh. Everything else in
 * Aduan's staff API takes HTTP Basic.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final RequestMatcher paths;
    private final String engineName;
    private final StaffAuthorities authorities;

    WebappSessionAuthenticationFilter(RequestMatcher paths, String engineName, StaffAuthorities authorities) {
        this.paths = paths;
        this.engineName = engineName;
        this.authorities = authorities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null
                && paths.matches(request)
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            var signIn = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
            if (signIn instanceof UserAuthentication user && authorities.exists(user.getName())) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user.getName(), null, authorities.of(user.getName())));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
