package id.aduan.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits per client address ({@code aduan.rate-limits.*}), counted per node. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that the client's address is the one counted.
 *
 * @param submissions new reports a client may file per window
 * @param rejectedTokens wrong access tokens a client may send per window before it is refused
 * @param window the length of a window
 */
@ConfigurationProperties(prefix = "aduan.rate-limits")
public record RateLimitProperties(
        @DefaultValue("30") int submissions,
        @DefaultValue("20") int rejectedTokens,
        @DefaultValue("PT1H") Duration window) {}
