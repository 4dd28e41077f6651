package id.aduan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only the SMS gateway reach {@code /api/sms/kannel/**}: from one of its addresses, with the shared secret.
 * Anything else is refused before a controller sees it, with a problem detail that says what to configure.
 */
final class SmsGatewayFilter extends OncePerRequestFilter {

    static final String SECRET_PARAMETER = "secret";
    static final String SECRET_HEADER = "X-Aduan-Gateway-Secret";

    private static final Logger log = LoggerFactory.getLogger(SmsGatewayFilter.class);

    private final SmsGatewayProperties properties;
    private final List<IpAddressMatcher> addresses;
    private final ObjectMapper json;

    SmsGatewayFilter(SmsGatewayProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.addresses = properties.allowedAddresses().stream()
                .map(IpAddressMatcher::new)
                .toList();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!properties.enabled()) {
            ProblemResponses.write(
                    json,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "SMS gateway not configured",
                    "Set aduan.sms.gateway.secret (ADUAN_SMS_GATEWAY_SECRET) and put the same secret in Kannel's"
                            + " sms-service get-url (README, SMS 1708).");
            return;
        }
        var address = request.getRemoteAddr();
        if (addresses.stream().noneMatch(allowed -> allowed.matches(address))) {
            log.warn("SMS gateway call from {} refused: not in aduan.sms.gateway.allowed-addresses", address);
            ProblemResponses.write(
                    json,
                    response,
                    HttpStatus.FORBIDDEN,
                    "Not the SMS gateway",
                    "Calls to /api/sms/kannel come from the addresses in aduan.sms.gateway.allowed-addresses only.");
            return;
        }
        var secret = request.getHeader(SECRET_HEADER);
        if (secret == null) {
            secret = request.getParameter(SECRET_PARAMETER);
        }
        if (secret == null || !MessageDigest.isEqual(bytes(secret), bytes(properties.secret()))) {
            log.warn("SMS gateway call from {} refused: wrong or missing secret", address);
            ProblemResponses.write(
                    json,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "Wrong gateway secret",
                    "Send aduan.sms.gateway.secret as the query parameter 'secret' or the header " + SECRET_HEADER
                            + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
