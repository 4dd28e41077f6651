package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.category.CategoryService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.region.RegionService;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds what the reporter and the public see of a report. The public view never holds the reporter, nor their names
 * for the files they attached.
 */
@Component
class ComplaintViews {

    private final Timeline timeline;
    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final AgencyService agencies;
    private final CategoryService categories;
    private final RegionService regions;
    private final Attachments attachments;

    ComplaintViews(
            Timeline timeline,
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            Attachments attachments,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            AgencyService agencies,
            CategoryService categories,
            RegionService regions) {
        this.timeline = timeline;
        this.complaints = complaints;
        this.assignments = assignments;
        this.attachments = attachments;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.categories = categories;
        this.regions = regions;
    }

    PublicComplaintView publicView(Complaint complaint) {
        var assigned = assignments.findByComplaintIdOrderById(complaint.getId());
        return new PublicComplaintView(
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getTitle(),
                complaint.getDescription(),
                category(complaint),
                region(complaint),
                complaint.getLocation(),
                complaint.getStatus(),
                complaint.getStatus().labelId(),
                complaint.getStatus().labelEn(),
                isOverdue(complaint, assigned),
                complaint.getSubmittedAt(),
                complaint.getClosedAt(),
                complaint.getRating(),
                assigned.stream()
                        .filter(Assignment::isActive)
                        .map(assignment -> agency(assignment.getAgencyCode()))
                        .toList(),
                attachments.of(complaint),
                entries(complaint, Visibility.PUBLIC),
                duplicateOf(complaint, DuplicateOf::publicly));
    }

    /** When the report is to be verified; none once it has been. */
    Instant verificationDue(Complaint complaint) {
        return complaint.getStatus() == ComplaintStatus.SUBMITTED
                ? deadlines.verificationDue(lifecycle.clock(complaint.getId()))
                : null;
    }

    ReporterComplaintView reporterView(Complaint complaint) {
        var assigned = assignments.findByComplaintIdOrderById(complaint.getId());
        var clock = lifecycle.clock(complaint.getId());
        var status = complaint.getStatus();
        return new ReporterComplaintView(
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getTitle(),
                complaint.getDescription(),
                category(complaint),
                region(complaint),
                complaint.getLocation(),
                complaint.getRequestedAgencyCode(),
                complaint.getReporter(),
                complaint.isAnonymous(),
                complaint.isConfidential(),
                complaint.getLanguage(),
                status,
                status.labelId(),
                status.labelEn(),
                isOverdue(complaint, assigned),
                complaint.getSubmittedAt(),
                complaint.getClosedAt(),
                complaint.getRating(),
                status == ComplaintStatus.SUBMITTED ? deadlines.verificationDue(clock) : null,
                status == ComplaintStatus.DEFERRED ? deadlines.deferralAnswerDue(clock) : null,
                status == ComplaintStatus.FOLLOWED_UP ? deadlines.reporterWindowDue(clock) : null,
                assigned.stream()
                        .filter(Assignment::isActive)
                        .map(assignment -> assignmentView(complaint, assignment))
                        .toList(),
                attachments.withReportersNames(complaint),
                entries(complaint, Visibility.REPORTER),
                duplicateOf(complaint, DuplicateOf::forReporter));
    }

    /** The public lines of reports, with the agencies that answer each. */
    List<PublicComplaintSummary> summaries(List<Complaint> complaints) {
        var assigned =
                assignments
                        .findByComplaintIdInOrderById(
                                complaints.stream().map(Complaint::getId).toList())
                        .stream()
                        .filter(Assignment::isActive)
                        .collect(Collectors.groupingBy(Assignment::getComplaintId));
        return complaints.stream()
                .map(complaint -> new PublicComplaintSummary(
                        complaint.getTrackingId(),
                        complaint.getType(),
                        complaint.getTitle(),
                        category(complaint),
                        region(complaint),
                        complaint.getStatus(),
                        complaint.getStatus().labelId(),
                        complaint.getStatus().labelEn(),
                        complaint.getSubmittedAt(),
                        assigned.getOrDefault(complaint.getId(), List.of()).stream()
                                .map(assignment -> agency(assignment.getAgencyCode()))
                                .toList()))
                .toList();
    }

    /** The report a duplicate follows, as the audience may see it; none for other reports. */
    private DuplicateOf duplicateOf(Complaint complaint, Function<Complaint, DuplicateOf> seen) {
        if (!complaint.isDuplicate()) {
            return null;
        }
        return seen.apply(complaints.findById(complaint.getDuplicateOfId()).orElseThrow());
    }

    private ReporterComplaintView.AssignmentView assignmentView(Complaint complaint, Assignment assignment) {
        var clock = lifecycle.assignmentClock(complaint, assignment);
        var open = !complaint.getStatus().isClosed();
        var awaitingFollowUp = open && assignment.getStatus() == AssignmentStatus.AWAITING_FOLLOW_UP;
        var awaitingInformation = open && assignment.getStatus() == AssignmentStatus.AWAITING_INFORMATION;
        return new ReporterComplaintView.AssignmentView(
                agency(assignment.getAgencyCode()),
                assignment.getStatus(),
                assignment.getAssignedAt(),
                assignment.getRespondedAt(),
                awaitingFollowUp ? deadlines.followUpDue(clock) : null,
                deadlines.completionDue(clock),
                awaitingInformation ? deadlines.informationAnswerDue(clock) : null,
                assignment.getOverdueSince() != null);
    }

    private static boolean isOverdue(Complaint complaint, List<Assignment> assigned) {
        if (complaint.getStatus().isClosed()) {
            return false;
        }
        return (complaint.getStatus() == ComplaintStatus.SUBMITTED && complaint.isVerificationOverdue())
                || assigned.stream()
                        .anyMatch(assignment -> assignment.isActive() && assignment.getOverdueSince() != null);
    }

    private List<TimelineEntryView> entries(Complaint complaint, Visibility audience) {
        return timeline.of(complaint, audience).stream()
                .map(entry -> TimelineEntryView.of(entry, this::agency))
                .toList();
    }

    private NamedCode agency(String code) {
        return agencies.find(code)
                .map(agency -> new NamedCode(agency.getCode(), agency.getName()))
                .orElse(new NamedCode(code, code));
    }

    /** The report's category; none until the verifier sets it on a report by SMS. */
    private NamedCode category(Complaint complaint) {
        if (complaint.getCategoryCode() == null) {
            return null;
        }
        return categories
                .find(complaint.getCategoryCode())
                .map(category -> new NamedCode(category.getCode(), category.getNameId()))
                .orElse(new NamedCode(complaint.getCategoryCode(), complaint.getCategoryCode()));
    }

    /** The report's region; none until the verifier sets it on a report by SMS. */
    private NamedCode region(Complaint complaint) {
        if (complaint.getRegionCode() == null) {
            return null;
        }
        return regions.find(complaint.getRegionCode())
                .map(region -> new NamedCode(region.getCode(), region.getName()))
                .orElse(new NamedCode(complaint.getRegionCode(), complaint.getRegionCode()));
    }
}
