package id.aduan.complaint;

import java.time.Instant;
import java.util.List;

/** A line of the public list of reports: never a confidential report, never the reporter. */
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
