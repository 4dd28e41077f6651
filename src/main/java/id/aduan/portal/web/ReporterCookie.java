package id.aduan.portal.web;

import id.aduan.security.TokenAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Keeps the reporter's access token after they open their private link: an HttpOnly, SameSite=Lax cookie
 * for the report's pages only, ending with the browser session (shared computers are common), so that the
 * token leaves the address bar and never reaches a Referer header.
 */
final class ReporterCookie {

    static final String NAME = TokenAttempts.COOKIE;

    private ReporterCookie() {}

    static void grant(String trackingId, String token, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                cookie(trackingId, token, request).build().toString());
    }

    static void revoke(String trackingId, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                cookie(trackingId, "", request).maxAge(0).build().toString());
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(
            String trackingId, String token, HttpServletRequest request) {
        return ResponseCookie.from(NAME, token)
                .path(request.getContextPath() + "/laporan/" + trackingId)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax");
    }
}
