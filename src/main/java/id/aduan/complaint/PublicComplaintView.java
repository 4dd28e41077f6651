package id.aduan.complaint;

import java.time.Instant;
import java.util.List;

/**
 * What anyone may see of a report that is not confidential: nothing about the reporter. A report archived as a
 * duplicate names the report it follows ({@code duplicateOf}, otherwise null).
 */
public record PublicComplaintView(
        String trackingId,
        ReportType type,
        String title,
        String description,
        NamedCode category,
        NamedCode region,
        Location location,
        ComplaintStatus status,
        String statusLabel,
        String statusLabelEn,
        boolean overdue,
        Instant submittedAt,
        Instant closedAt,
        Integer rating,
        List<NamedCode> agencies,
        List<AttachmentView> attachments,
        List<TimelineEntryView> timeline,
        DuplicateOf duplicateOf)
        implements ComplaintView {}
