package id.aduan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * A form upload that says it is larger than the server reads at all ({@code spring.servlet.multipart.max-request-size}).
 * Its CSRF token may sit in the body that is never read, so it cannot be checked; and such an upload cannot do
 * anything but bring the form back saying it is too large, since the server refuses to read the form.
 */
record OversizedUpload(DataSize limit) implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limit.toBytes();
    }
}
