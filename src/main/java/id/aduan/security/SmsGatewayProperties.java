package id.aduan.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway (Kannel's smsbox) that may call {@code /api/sms/kannel/**}: incoming SMS and delivery reports.
 *
 * @param secret the shared secret the gateway sends as the query parameter {@code secret} (Kannel's {@code get-url}
 *     can only set the URL) or the header {@code X-Aduan-Gateway-Secret}; empty (the default outside the default
 *     run) turns the SMS endpoints off
 * @param allowedAddresses the addresses or CIDR ranges the gateway calls from (its smsbox's host)
 */
@ConfigurationProperties(prefix = "aduan.sms.gateway")
public record SmsGatewayProperties(
        String secret,
        @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> allowedAddresses) {

    public boolean enabled() {
        return secret != null && !secret.isBlank();
    }
}
