package id.aduan.complaint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * The answer to a new report; the access token is given out only here and stored only as a hash.
 *
 * @param verificationDue when the report is to be verified, in working days; none once it has been
 * @param channelName the partner system that filed the report, if one did
 * @param firstFiling false when a partner filed the same report again and got the first one back
 */
public record SubmittedComplaint(
        String trackingId,
        String accessToken,
        ComplaintStatus status,
        String statusLabel,
        String statusLabelEn,
        Instant verificationDue,
        Channel channel,
        String channelName,
        @JsonIgnore boolean firstFiling) {

    SubmittedComplaint(
            String trackingId,
            String accessToken,
            ComplaintStatus status,
            Instant verificationDue,
            Channel channel,
            String channelName,
            boolean firstFiling) {
        this(
                trackingId,
                accessToken,
                status,
                status.labelId(),
                status.labelEn(),
                verificationDue,
                channel,
                channelName,
                firstFiling);
    }
}
