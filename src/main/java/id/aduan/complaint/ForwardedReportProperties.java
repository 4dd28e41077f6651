package id.aduan.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation handles the reports another Aduan installation forwarded to it ({@code aduan.installations.*}).
 *
 * @param reporterWindowGrace how much longer than the reporter's window a forwarded report waits for the other
 *     installation's call with its reporter's acceptance or objection: the reporter acts there, and the call may
 *     arrive late when either installation was down. An objection the reporter made within the window is taken in this
 *     time; the window itself, as staff and the statistics see it, does not move
 */
@ConfigurationProperties(prefix = "aduan.installations")
public record ForwardedReportProperties(@DefaultValue("P3D") Duration reporterWindowGrace) {

    public static ForwardedReportProperties defaults() {
        return new ForwardedReportProperties(Duration.ofDays(3));
    }
}
