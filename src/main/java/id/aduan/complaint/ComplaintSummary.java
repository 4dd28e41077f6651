package id.aduan.complaint;

import id.aduan.deadline.OfficeTimeZone;
import java.time.Instant;
import java.util.List;

/**
 * What e-mails about a report say: its content, status, answers and the reporter's deadlines. Nothing
 * about the reporter: that is {@link ReporterContact}, for the reporter's own e-mails only.
 *
 * @param channel the door the report came in through: a report by SMS got its tracking ID in the reply already
 * @param answers the latest follow-up of each agency that answers the report
 * @param pendingAgencies the agencies that have yet to follow up
 */
public record ComplaintSummary(
        long complaintId,
        String trackingId,
        ReportType type,
        Channel channel,
        String title,
        String description,
        String categoryName,
        String regionName,
        ComplaintStatus status,
        boolean confidential,
        String requestedAgencyCode,
        OfficeTimeZone reporterTimeZone,
        List<Answer> answers,
        List<NamedCode> pendingAgencies,
        Instant deferralAnswerDue,
        Instant reporterWindowDue) {

    /** One agency's latest follow-up. */
    public record Answer(NamedCode agency, String text, Instant at) {}
}
