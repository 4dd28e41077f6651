package id.aduan.complaint;

import java.time.Instant;
import java.util.List;

/** What the reporter sees with their access token: everything about the report, with its deadlines. */
public record ReporterComplaintView(
        String trackingId,
        ReportType type,
        String title,
        String description,
        NamedCode category,
        NamedCode region,
        Location location,
        String requestedAgencyCode,
        Reporter reporter,
        boolean anonymous,
        boolean confidential,
        Language language,
        ComplaintStatus status,
        String statusLabel,
        String statusLabelEn,
        boolean overdue,
        Instant submittedAt,
        Instant closedAt,
        Integer rating,
        Instant verificationDue,
        Instant deferralAnswerDue,
        Instant reporterWindowDue,
        List<AssignmentView> agencies,
        List<AttachmentView> attachments,
        List<TimelineEntryView> timeline)
        implements ComplaintView {

    /** One agency's part: its status, its current follow-up deadline and its completion target. */
    public record AssignmentView(
            NamedCode agency,
            AssignmentStatus status,
            Instant assignedAt,
            Instant followedUpAt,
            Instant followUpDue,
            Instant completionDue,
            Instant informationAnswerDue,
            boolean overdue) {}
}
