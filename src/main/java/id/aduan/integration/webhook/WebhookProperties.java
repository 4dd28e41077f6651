package id.aduan.integration.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calls to partners' callback URLs ({@code aduan.webhooks.*}).
 *
 * @param connectTimeout how long to wait for the receiver to take the connection
 * @param readTimeout how long to wait for its answer
 * @param privateAddressesAllowed whether callback URLs may lead to loopback, link-local or private addresses
 */
@ConfigurationProperties(prefix = "aduan.webhooks")
public record WebhookProperties(
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("false") boolean privateAddressesAllowed) {}
