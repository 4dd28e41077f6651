package id.aduan.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a reporter's access token travels, and how a controller tells the rate limit that a token was wrong
 * although the request got an answer (the public view). A wrong token that ends in 404 counts without it.
 */
public final class TokenAttempts {

    /** The API's header: {@code X-Access-Token} on {@code /api/complaints/{trackingId}…}. */
    public static final String HEADER = "X-Access-Token";
    /** The private link's parameter: {@code /laporan/{trackingId}?token=…}. */
    public static final String LINK_PARAMETER = "token";
    /** The cookie that keeps the token for a report's pages, {@code /laporan/{trackingId}…}. */
    public static final String COOKIE = "aduan_pelapor";

    static final String REJECTED = TokenAttempts.class.getName() + ".rejected";

    private TokenAttempts() {}

    public static void markRejected(HttpServletRequest request) {
        request.setAttribute(REJECTED, Boolean.TRUE);
    }

    static boolean rejected(HttpServletRequest request) {
        return request.getAttribute(REJECTED) != null;
    }
}
