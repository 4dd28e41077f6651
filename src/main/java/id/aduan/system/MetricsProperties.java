package id.aduan.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Aduan's own metrics ({@code aduan.metrics.*}).
 *
 * @param maxAge how old the figures that metrics read from the database may be: each node reads them at most once
 *     in this time, however often it is scraped
 */
@ConfigurationProperties(prefix = "aduan.metrics")
public record MetricsProperties(@DefaultValue("PT30S") Duration maxAge) {}
