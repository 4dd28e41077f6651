package id.aduan.installation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls to connected installations and their webhooks to this one ({@code aduan.installations.*}).
 *
 * @param connectTimeout how long to wait for the other installation to take the connection
 * @param readTimeout how long to wait for its answer (filing a report there runs its first steps)
 * @param webhookTolerance how far a webhook's timestamp may be from now: an older one is refused as a replay
 */
@ConfigurationProperties(prefix = "aduan.installations")
public record InstallationProperties(
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT30S") Duration readTimeout,
        @DefaultValue("PT5M") Duration webhookTolerance) {}
