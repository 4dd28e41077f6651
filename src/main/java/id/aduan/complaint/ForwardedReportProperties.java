package id.aduan.complaint;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this installation handles the reports another Aduan installation forwarded to it ({@code aduan.installations.*}).
 *
 * @param reporterWindowGrace how much longer than the reporter's window a forwarded report waits for the other
 *     installation's word (its reporter's acceptance or objection, or that its window closed without answer): the
 *     reporter acts there, whose window opens only when all of the report's agencies there have answered, and the
 *     call may arrive late when either installation was down. An acceptance or objection the reporter made before the
 *     grace ended is taken; the window itself, as staff and the statistics see it, does not move
 */
@ConfigurationProperties(prefix = "aduan.installations")
public record ForwardedReportProperties(
        @DefaultValue("P30D") Duration reporterWindowGrace) {

    /**
     * When the reporter's window stops taking their acceptance or objection: at its end, and for a report another
     * installation forwarded the grace later (the timer that closes the report, and the check of a late call).
     */
    public Instant windowClosesAt(Instant windowDue, boolean forwarded) {
        return forwarded ? windowDue.plus(reporterWindowGrace) : windowDue;
    }

    public static ForwardedReportProperties defaults() {
        return new ForwardedReportProperties(Duration.ofDays(30));
    }
}
