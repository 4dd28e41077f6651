package id.aduan.complaint;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
        List<TimelineEntryView> timeline,
        DuplicateOf duplicateOf)
        implements ComplaintView {

    /**
     * The deadline the report waits for now, as the public feed states it ({@link FeedReport#deadline()}): its
     * verification, the reporter's answer or window, or the earliest of the agencies' follow-ups and of their questions
     * to the reporter; none once the report is closed.
     */
    public Instant currentDeadline() {
        return Stream.concat(
                        Stream.of(verificationDue, deferralAnswerDue, reporterWindowDue),
                        agencies.stream()
                                .flatMap(agency -> Stream.of(agency.followUpDue(), agency.informationAnswerDue())))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

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
