package id.aduan.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A line of the public list of reports: never a confidential report, never the reporter.
 *
 * @param category null until the verifier sets it on a report by SMS
 * @param region null until the verifier sets it on a report by SMS
 */
public record PublicComplaintSummary(
        String trackingId,
        ReportType type,
        String title,
        NamedCode category,
        NamedCode region,
        ComplaintStatus status,
        String statusLabel,
        String statusLabelEn,
        Instant submittedAt,
        List<NamedCode> agencies) {}
