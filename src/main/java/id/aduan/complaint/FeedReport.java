package id.aduan.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A report as a public feed shows it: never a confidential report, never anything of the reporter.
 *
 * @param category null until the verifier sets it on a report by SMS
 * @param region null until the verifier sets it on a report by SMS
 * @param zone the time zone of the report's region, in which its times are shown (WIB for a report without region)
 * @param updatedAt the moment of the latest entry of the public timeline
 * @param deadline the deadline the report waits for now: verification, the reporter's answer, the agencies' follow-up
 *     or the reporter's window; null once it is closed
 * @param latestAnswer the latest public text of an agency or the verifier: a follow-up, or why it was archived
 * @param attachmentIds the report's files, in the order they were sent (served at
 *     {@code /laporan/{trackingId}/lampiran/{id}})
 * @param timeline the public timeline, oldest first
 */
public record FeedReport(
        String trackingId,
        ReportType type,
        String title,
        String description,
        NamedCode category,
        NamedCode region,
        ZoneId zone,
        Location location,
        ComplaintStatus status,
        Instant submittedAt,
        Instant updatedAt,
        Instant closedAt,
        Instant deadline,
        List<NamedCode> agencies,
        String latestAnswer,
        List<Long> attachmentIds,
        List<TimelineEntryView> timeline) {}
