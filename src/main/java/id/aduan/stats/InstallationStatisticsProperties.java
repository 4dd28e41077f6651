package id.aduan.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the published figures of connected Aduan installations are fetched (docs/statistics.md, Connected
 * installations).
 *
 * @param statisticsRefresh how often each connected installation's national figures are fetched: the most they lag
 *     behind what it publishes, plus its own refresh interval
 * @param statisticsTimeout how long to wait for an installation to connect and to answer before the attempt fails
 */
@ConfigurationProperties(prefix = "aduan.installations")
public record InstallationStatisticsProperties(
        @DefaultValue("PT15M") Duration statisticsRefresh,
        @DefaultValue("PT10S") Duration statisticsTimeout) {}
