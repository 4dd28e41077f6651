package id.aduan.security;

import jakarta.servlet.http.HttpServletRequest;

/** Lets the rate limit count a request whose access token was wrong but that still got an answer (the public view). */
public final class TokenAttempts {

    static final String REJECTED = TokenAttempts.class.getName() + ".rejected";

    private TokenAttempts() {}

    public static void markRejected(HttpServletRequest request) {
        request.setAttribute(REJECTED, Boolean.TRUE);
    }

    static boolean rejected(HttpServletRequest request) {
        return request.getAttribute(REJECTED) != null;
    }
}
