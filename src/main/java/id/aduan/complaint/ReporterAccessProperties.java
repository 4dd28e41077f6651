package id.aduan.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reporters reach their reports ({@code aduan.reporter-access.*}).
 *
 * @param emailLinkValidity how long the private link in an e-mail to the reporter works after the e-mail was sent;
 *     at least a day; the link given when the report is filed has no end
 */
@ConfigurationProperties(prefix = "aduan.reporter-access")
public record ReporterAccessProperties(@DefaultValue("P30D") Duration emailLinkValidity) {

    public ReporterAccessProperties {
        if (emailLinkValidity == null || emailLinkValidity.toDays() < 1) {
            throw new IllegalArgumentException(
                    "aduan.reporter-access.email-link-validity must be at least a day (P1D), such as P30D: e-mails and"
                            + " pages tell reporters how many days their link works");
        }
    }

    /** The validity in whole days, as the e-mails and pages tell reporters. */
    public long emailLinkValidityDays() {
        return emailLinkValidity.toDays();
    }
}
