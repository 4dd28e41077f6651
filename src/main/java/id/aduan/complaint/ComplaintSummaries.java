package id.aduan.complaint;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.internal.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reports for the e-mails about them. */
@Service
@Transactional(readOnly = true)
public class ComplaintSummaries {

    private static final Set<TimelineEntryType> AGENCY_TEXTS = Set.of(
            TimelineEntryType.FOLLOWED_UP,
            TimelineEntryType.INFORMATION_REQUESTED,
            TimelineEntryType.RETURNED_FOR_REROUTING,
            TimelineEntryType.RETURNED_TO_ORIGIN,
            TimelineEntryType.DISPATCHED_TO_UNIT,
            TimelineEntryType.UNIT_ANSWER_RETURNED);

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final AgencyService agencies;
    private final CategoryAndRegionNames names;

    ComplaintSummaries(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            Timeline timeline,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            AgencyService agencies,
            CategoryAndRegionNames names) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.names = names;
    }

    public ComplaintSummary summary(long complaintId) {
        var complaint = complaint(complaintId);
        var clock = lifecycle.clock(complaintId);
        var active = assignments.findByComplaintIdOrderById(complaintId).stream()
                .filter(Assignment::isActive)
                .toList();
        // the answers are on the timeline: a report that no agency answers yet (a new one) has none to read
        var entries = active.isEmpty() ? List.<TimelineEntry>of() : timeline.of(complaint);
        var answers = new ArrayList<ComplaintSummary.Answer>();
        for (var assignment : active) {
            latest(entries, TimelineEntryType.FOLLOWED_UP, assignment.getAgencyCode())
                    .ifPresent(entry -> answers.add(new ComplaintSummary.Answer(
                            agency(assignment.getAgencyCode()), entry.getBody(), entry.getOccurredAt())));
        }
        return new ComplaintSummary(
                complaint.getId(),
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getChannel(),
                complaint.getTitle(),
                complaint.getDescription(),
                names.category(complaint.getCategoryCode()),
                names.region(complaint.getRegionCode()),
                complaint.getStatus(),
                complaint.isConfidential(),
                complaint.getRequestedAgencyCode(),
                clock.reporterTimeZone(),
                answers,
                active.stream()
                        .filter(assignment -> assignment.getStatus() != AssignmentStatus.FOLLOWED_UP)
                        .map(assignment -> agency(assignment.getAgencyCode()))
                        .toList(),
                complaint.getDeferredAt() == null ? null : deadlines.deferralAnswerDue(clock),
                complaint.getReporterWindowOpenedAt() == null ? null : deadlines.reporterWindowDue(clock));
    }

    public AgencyFacts agencyFacts(long complaintId, String agencyCode) {
        var complaint = complaint(complaintId);
        // a unit that drafts part of its government's answer works to the government's clock
        var assignment = assignments
                .findActive(complaintId, agencyCode)
                .or(() -> agencies.find(agencyCode)
                        .map(Agency::getParentCode)
                        .flatMap(government -> assignments.findActive(complaintId, government)))
                .orElseThrow(() -> new IllegalStateException(
                        "Report " + complaintId + " is not assigned to the agency " + agencyCode + "."));
        var clock = lifecycle.assignmentClock(complaint, assignment);
        var entries = timeline.of(complaint);
        var latestText = entries.stream()
                .filter(entry -> AGENCY_TEXTS.contains(entry.getType()) && agencyCode.equals(entry.getAgencyCode()))
                .max(Comparator.comparing(TimelineEntry::getId))
                .map(TimelineEntry::getBody)
                .orElse(null);
        return new AgencyFacts(
                agency(agencyCode),
                clock.agencyTimeZone(),
                assignment.getStatus(),
                deadlines.followUpDue(clock),
                deadlines.completionDue(clock),
                assignment.getPausedSince() == null ? null : deadlines.informationAnswerDue(clock),
                latestText);
    }

    /** The latest text of a kind on the report's timeline, such as the verifier's question or reason. */
    public Optional<String> latestText(long complaintId, TimelineEntryType type) {
        return latest(timeline.of(complaint(complaintId)), type, null).map(TimelineEntry::getBody);
    }

    /** Why the verifier archived the report, from the list; none for reports archived otherwise or before it. */
    public Optional<ArchiveReason> archiveReason(long complaintId) {
        return Optional.ofNullable(complaint(complaintId).getArchiveReason());
    }

    /** The report a duplicate follows, as its reporter may see it; none unless the report was archived as a duplicate. */
    public Optional<DuplicateOf> duplicateOf(long complaintId) {
        var complaint = complaint(complaintId);
        return complaint.isDuplicate()
                ? Optional.of(DuplicateOf.forReporter(complaint(complaint.getDuplicateOfId())))
                : Optional.empty();
    }

    /** The report as another installation that serves its agency receives it: nothing of the reporter. */
    public ForwardedReport forwarded(long complaintId) {
        var complaint = complaint(complaintId);
        return new ForwardedReport(
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getTitle(),
                complaint.getDescription(),
                complaint.getCategoryCode(),
                complaint.getRegionCode(),
                complaint.getLocation(),
                complaint.isAnonymous(),
                complaint.isConfidential(),
                complaint.getRating(),
                complaint.getRatingComment());
    }

    /** The reporter's name, address, number, choice of SMS and language, for messages to the reporter only. */
    public ReporterContact reporterContact(long complaintId) {
        var complaint = complaint(complaintId);
        var reporter = complaint.getReporter();
        return new ReporterContact(
                reporter == null ? null : reporter.name(),
                reporter == null ? null : reporter.email(),
                reporter == null ? null : PhoneNumbers.e164(reporter.phone()).orElse(null),
                reporter != null && reporter.smsUpdates(),
                complaint.getLanguage());
    }

    private static Optional<TimelineEntry> latest(
            List<TimelineEntry> entries, TimelineEntryType type, String agencyCode) {
        return entries.stream()
                .filter(entry -> entry.getType() == type)
                .filter(entry -> agencyCode == null || agencyCode.equals(entry.getAgencyCode()))
                .max(Comparator.comparing(TimelineEntry::getId));
    }

    private NamedCode agency(String code) {
        return new NamedCode(code, agencies.find(code).map(Agency::getName).orElse(code));
    }

    private Complaint complaint(long complaintId) {
        return complaints
                .findById(complaintId)
                .orElseThrow(() -> new IllegalStateException("No report has the id " + complaintId + "."));
    }
}
