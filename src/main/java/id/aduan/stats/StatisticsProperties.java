package id.aduan.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often the figures take in what changed: the most they lag behind the reports
 * @param pendingTimeout how long a timeline entry id that was skipped (its transaction still open) is looked for
 *     again before it counts as rolled back
 * @param leagueMinimumReports the reports a government must have received in the year to be ranked
 */
@ConfigurationProperties(prefix = "aduan.statistics")
public record StatisticsProperties(
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue("10m") Duration pendingTimeout,
        @DefaultValue("10") int leagueMinimumReports) {}
