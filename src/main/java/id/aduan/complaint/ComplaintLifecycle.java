package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.category.CategoryService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.deadline.Complexity;
import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.WorkingDayCalendar;
import id.aduan.region.Region;
import id.aduan.region.RegionService;
import id.aduan.routing.RoutingService;
import id.aduan.system.FieldProblemException;
import id.aduan.system.PlainText;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a report's lifecycle as the BPMN models take them: each method changes the report and
 * its assignments and records what happened on the timeline, in the transaction of the process step.
 */
@Service
@Transactional
public class ComplaintLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ComplaintLifecycle.class);

    /** A title as the verifier may set it: {@link PlainText} on one line, so without any C0 control. */
    private static final Pattern PLAIN_LINE =
            Pattern.compile("[^\\x00-\\x1F\\x7F-\\x9F" + PlainText.FORMAT_CONTROLS + "]*");

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final Timeline timeline;
    private final RoutingService routing;
    private final AgencyService agencies;
    private final RegionService regions;
    private final CategoryService categories;
    private final CategoryAndRegionNames names;
    private final WorkingDayCalendar calendar;
    private final DeadlineProperties days;
    private final Clock clock;

    ComplaintLifecycle(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            Timeline timeline,
            RoutingService routing,
            AgencyService agencies,
            RegionService regions,
            CategoryService categories,
            CategoryAndRegionNames names,
            WorkingDayCalendar calendar,
            DeadlineProperties days,
            Clock clock) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.timeline = timeline;
        this.routing = routing;
        this.agencies = agencies;
        this.regions = regions;
        this.categories = categories;
        this.names = names;
        this.calendar = calendar;
        this.days = days;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComplaintClock clock(long complaintId) {
        var complaint = complaint(complaintId);
        return ComplaintClock.of(complaint, reporterTimeZone(complaint));
    }

    @Transactional(readOnly = true)
    public AssignmentClock assignmentClock(long complaintId, String agencyCode) {
        var complaint = complaint(complaintId);
        return assignmentClock(complaint, assignment(complaintId, agencyCode));
    }

    /** The agencies that answer the report now, in the order they were assigned. */
    @Transactional(readOnly = true)
    public List<String> activeAgencyCodes(long complaintId) {
        return assignments.findByComplaintIdOrderById(complaintId).stream()
                .filter(Assignment::isActive)
                .map(Assignment::getAgencyCode)
                .toList();
    }

    public void markVerificationOverdue(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.markVerificationOverdue();
        timeline.append(complaint, TimelineEntryType.VERIFICATION_OVERDUE, Actor.SYSTEM);
    }

    /**
     * Checks that the report can be archived as the verifier decided, before the verification completes.
     *
     * @throws FieldProblemException naming {@code duplicateOf}: missing for a duplicate, given for another reason, or
     *     not a report that this one can follow (the report itself, a duplicate itself, an archived report, none)
     */
    @Transactional(readOnly = true)
    public void checkArchive(long complaintId, ArchiveDecision decision) {
        original(complaint(complaintId), decision);
    }

    /**
     * Archives the report for the verifier's reason; a duplicate is linked to the report it repeats, whose public
     * progress its reporter follows from then on. The timeline says why, with the original's tracking ID.
     */
    public void archive(long complaintId, ArchiveDecision decision, Actor actor) {
        var complaint = complaint(complaintId);
        var original = original(complaint, decision);
        complaint.archive(clock.instant(), decision.reason(), original == null ? null : original.getId());
        var text = decision.reason().labelId() + (original == null ? "" : ": " + original.getTrackingId());
        var note = decision.note() == null ? null : decision.note().strip();
        timeline.append(
                complaint,
                TimelineEntryType.ARCHIVED,
                actor,
                null,
                note == null || note.isEmpty() ? text : text + " — " + note);
    }

    /** The report a duplicate follows, or null when the decision is not about a duplicate. */
    private Complaint original(Complaint complaint, ArchiveDecision decision) {
        var duplicateOf =
                decision.duplicateOf() == null ? null : decision.duplicateOf().strip();
        if (decision.reason() != ArchiveReason.DUPLICATE) {
            if (duplicateOf != null && !duplicateOf.isEmpty()) {
                throw new FieldProblemException(
                        "duplicateOf", "is only for archiving as a duplicate (archive reason DUPLICATE)");
            }
            return null;
        }
        if (duplicateOf == null || duplicateOf.isEmpty()) {
            throw new FieldProblemException(
                    "duplicateOf",
                    "is required to archive a report as a duplicate: the tracking ID of the report it repeats");
        }
        var original = complaints
                .findByTrackingId(duplicateOf)
                .orElseThrow(() -> new FieldProblemException(
                        "duplicateOf", "'" + duplicateOf + "' is not a report's tracking ID"));
        if (original.getId().equals(complaint.getId())) {
            throw new FieldProblemException("duplicateOf", "cannot be the report itself");
        }
        if (original.isDuplicate()) {
            var first = complaint(original.getDuplicateOfId());
            throw new FieldProblemException(
                    "duplicateOf",
                    "'" + duplicateOf + "' is itself a duplicate of " + first.getTrackingId()
                            + ": choose the report it repeats");
        }
        if (original.getStatus() == ComplaintStatus.ARCHIVED) {
            throw new FieldProblemException(
                    "duplicateOf", "'" + duplicateOf + "' is archived: a duplicate follows a report that is handled");
        }
        return original;
    }

    /**
     * Checks that the verifier's flags only protect: a flag the report has cannot be cleared by staff.
     *
     * @throws FieldProblemException naming {@code anonymous} or {@code confidential}
     */
    @Transactional(readOnly = true)
    public void checkProtection(long complaintId, ReportProtection requested) {
        checkProtection(complaint(complaintId), requested);
    }

    /**
     * Marks the report anonymous or confidential as the verifier decided, each change on the timeline (without any
     * detail of the reporter). From then on every page, API, export, feed and e-mail treats it so, as they read the
     * flags from the report.
     */
    public void protect(long complaintId, ReportProtection requested, Actor actor) {
        var complaint = complaint(complaintId);
        checkProtection(complaint, requested);
        if (Boolean.TRUE.equals(requested.anonymous()) && !complaint.isAnonymous()) {
            complaint.markAnonymous();
            timeline.append(complaint, TimelineEntryType.MARKED_ANONYMOUS, actor);
        }
        if (Boolean.TRUE.equals(requested.confidential()) && !complaint.isConfidential()) {
            complaint.markConfidential();
            timeline.append(complaint, TimelineEntryType.MARKED_CONFIDENTIAL, actor);
        }
    }

    private static void checkProtection(Complaint complaint, ReportProtection requested) {
        if (complaint.isAnonymous() && Boolean.FALSE.equals(requested.anonymous())) {
            throw new FieldProblemException(
                    "anonymous",
                    "cannot be cleared: the report is anonymous, and only its reporter may make their identity known");
        }
        if (complaint.isConfidential() && Boolean.FALSE.equals(requested.confidential())) {
            throw new FieldProblemException(
                    "confidential",
                    "cannot be cleared: the report is confidential, and only its reporter may make it public");
        }
    }

    public void defer(long complaintId, String question, Actor actor) {
        var complaint = complaint(complaintId);
        complaint.defer(clock.instant());
        timeline.append(complaint, TimelineEntryType.DEFERRED, actor, null, question);
    }

    public void resumeVerification(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.resumeVerification(clock.instant());
        timeline.append(complaint, TimelineEntryType.VERIFICATION_RESUMED, Actor.SYSTEM);
    }

    public void archiveUnanswered(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.archive(clock.instant());
        timeline.append(
                complaint,
                TimelineEntryType.ARCHIVED,
                Actor.SYSTEM,
                null,
                "The reporter did not answer within " + days.deferralAnswer() + " working days.");
    }

    /**
     * Checks that the report can be routed as the verifier decided, with the verifier's corrections, before the
     * verification completes.
     *
     * @param verifierAgencyCode the agency the verifier chose, or blank
     * @throws FieldProblemException naming {@code title}, {@code categoryCode} or {@code regionCode}: a correction
     *     Aduan cannot take, or a category or region that the report lacks (a report by SMS) and the verifier left out
     * @throws id.aduan.routing.UnknownRuleAgencyException when the routing rules name an agency that does not exist
     */
    @Transactional(readOnly = true)
    public void checkRouting(long complaintId, String verifierAgencyCode, ReportCorrection correction) {
        var complaint = complaint(complaintId);
        var corrected = checked(complaint, correction);
        routing.route(
                verifierAgencyCode,
                complaint.getRequestedAgencyCode(),
                corrected.categoryCode(),
                corrected.regionCode());
    }

    /**
     * Routes a verified report to the agencies that must answer it and starts their clocks, after setting the title,
     * category and region the verifier corrected, so that the routing rules read the corrected ones. Each change is
     * on the timeline for staff and the reporter.
     *
     * @param verifierAgencyCode the agency the verifier chose, or blank
     * @throws FieldProblemException for a correction {@link #checkRouting} refuses
     */
    public void route(
            long complaintId,
            String verifierAgencyCode,
            ReportCorrection correction,
            Complexity complexity,
            int completionWorkingDays,
            Actor actor) {
        var complaint = complaint(complaintId);
        correct(complaint, checked(complaint, correction), actor);
        var decided = routing.route(
                verifierAgencyCode,
                complaint.getRequestedAgencyCode(),
                complaint.getCategoryCode(),
                complaint.getRegionCode());
        complaint.forward(complexity, completionWorkingDays);
        var now = clock.instant();
        for (var agencyCode : decided.agencyCodes()) {
            assignments.save(new Assignment(complaint.getId(), agencyCode, now, days.firstResponse()));
            timeline.append(complaint, TimelineEntryType.ROUTED, actor, agencyCode, null);
        }
        log.info(
                "Report {} routed to {} ({})",
                complaint.getTrackingId(),
                String.join(", ", decided.agencyCodes()),
                decided.basis());
    }

    /** The report's title, category and region as they are after the correction, which this checks. */
    private ReportCorrection checked(Complaint complaint, ReportCorrection correction) {
        var title = correction.title() == null ? null : correction.title().strip();
        if (title != null
                && (title.length() < ComplaintLimits.TITLE_MIN || title.length() > ComplaintLimits.TITLE_MAX)) {
            throw new FieldProblemException(
                    "title",
                    "must have " + ComplaintLimits.TITLE_MIN + " to " + ComplaintLimits.TITLE_MAX + " characters");
        }
        if (title != null && !PLAIN_LINE.matcher(title).matches()) {
            throw new FieldProblemException("title", "must be one line of plain text, without control characters");
        }
        if (correction.categoryCode() != null
                && categories.find(correction.categoryCode()).isEmpty()) {
            throw new FieldProblemException(
                    "categoryCode", "is not a known category; GET /api/categories lists the valid codes");
        }
        if (correction.regionCode() != null
                && regions.find(correction.regionCode()).isEmpty()) {
            throw new FieldProblemException(
                    "regionCode", "is not a known region; GET /api/regions lists the valid Kemendagri codes");
        }
        var categoryCode = correction.categoryCode() == null ? complaint.getCategoryCode() : correction.categoryCode();
        var regionCode = correction.regionCode() == null ? complaint.getRegionCode() : correction.regionCode();
        if (categoryCode == null) {
            throw new FieldProblemException("categoryCode", "is required: the report has no category yet");
        }
        if (regionCode == null) {
            throw new FieldProblemException("regionCode", "is required: the report has no region yet");
        }
        return new ReportCorrection(title == null ? complaint.getTitle() : title, categoryCode, regionCode);
    }

    /** Sets what changed, each change on the timeline as "old → new". */
    private void correct(Complaint complaint, ReportCorrection corrected, Actor actor) {
        var before = new ReportCorrection(complaint.getTitle(), complaint.getCategoryCode(), complaint.getRegionCode());
        complaint.correct(corrected.title(), corrected.categoryCode(), corrected.regionCode());
        if (!corrected.title().equals(before.title())) {
            timeline.append(
                    complaint, TimelineEntryType.TITLE_CHANGED, actor, null, change(before.title(), corrected.title()));
        }
        if (!corrected.categoryCode().equals(before.categoryCode())) {
            timeline.append(
                    complaint,
                    TimelineEntryType.CATEGORY_CHANGED,
                    actor,
                    null,
                    change(names.category(before.categoryCode()), names.category(corrected.categoryCode())));
        }
        if (!corrected.regionCode().equals(before.regionCode())) {
            timeline.append(
                    complaint,
                    TimelineEntryType.REGION_CHANGED,
                    actor,
                    null,
                    change(names.region(before.regionCode()), names.region(corrected.regionCode())));
        }
    }

    private static String change(String before, String after) {
        return before + " → " + after;
    }

    public void startHandling(long complaintId, String agencyCode, Actor actor) {
        var complaint = complaint(complaintId);
        if (complaint.getStatus() == ComplaintStatus.FORWARDED) {
            complaint.markInProgress();
            timeline.append(complaint, TimelineEntryType.HANDLING_STARTED, actor, agencyCode, null);
        }
    }

    /**
     * Marks the agency's follow-up overdue, once a round: a second mark (another installation said so, then the wait
     * here for its decision ran out) adds nothing to the timeline.
     */
    public void markFollowUpOverdue(long complaintId, String agencyCode) {
        var complaint = complaint(complaintId);
        if (assignment(complaintId, agencyCode).markOverdue(clock.instant())) {
            timeline.append(complaint, TimelineEntryType.FOLLOW_UP_OVERDUE, Actor.SYSTEM, agencyCode, null);
        }
    }

    public void escalateToSupervisor(long complaintId, String agencyCode) {
        timeline.append(
                complaint(complaintId), TimelineEntryType.ESCALATED_TO_SUPERVISOR, Actor.SYSTEM, agencyCode, null);
    }

    public void escalateToNationalAdministrator(long complaintId, String agencyCode) {
        timeline.append(
                complaint(complaintId),
                TimelineEntryType.ESCALATED_TO_NATIONAL_ADMINISTRATOR,
                Actor.SYSTEM,
                agencyCode,
                null);
    }

    public void recordEscalationNote(long complaintId, String agencyCode, String note, Actor actor) {
        timeline.append(complaint(complaintId), TimelineEntryType.ESCALATION_NOTE, actor, agencyCode, note);
    }

    public void recordFollowUp(long complaintId, String agencyCode, String text, Actor actor) {
        recordFollowUp(complaintId, agencyCode, text, actor, clock.instant());
    }

    /**
     * Records the agency's answer given at that moment: another installation's agency answered there when its
     * webhook says, which may be well before this installation heard of it; the reporter's window opens then.
     */
    public void recordFollowUp(long complaintId, String agencyCode, String text, Actor actor, Instant answeredAt) {
        var complaint = complaint(complaintId);
        var now = clock.instant();
        assignment(complaintId, agencyCode).followUp(answeredAt.isAfter(now) ? now : answeredAt);
        complaint.markInProgress();
        timeline.append(complaint, TimelineEntryType.FOLLOWED_UP, actor, agencyCode, text);
    }

    /**
     * Records what another installation's agency decided after this installation stopped waiting for it (its
     * follow-up here ended, or the report went to another round): on the timeline only, the agency's assignment and
     * the report's status stay as they are.
     */
    public void recordLateDecision(long complaintId, String agencyCode, TimelineEntryType type, String text) {
        timeline.append(complaint(complaintId), type, Actor.SYSTEM, agencyCode, text);
    }

    public void returnForRerouting(long complaintId, String agencyCode, String reason, Actor actor) {
        timeline.append(complaint(complaintId), TimelineEntryType.RETURNED_FOR_REROUTING, actor, agencyCode, reason);
    }

    /**
     * Returns a report another Aduan installation forwarded to it, which the agency declared not its authority: the
     * agency handed it back, and the report ends here as archived, with the agency's reason on the timeline, whose
     * partner event ({@code report.returned-to-origin}) tells that installation to route it again.
     */
    public void returnToOrigin(long complaintId, String agencyCode, String reason, Actor actor) {
        var complaint = complaint(complaintId);
        var now = clock.instant();
        assignment(complaintId, agencyCode).returnToRouting(now);
        complaint.returnToOrigin(now);
        timeline.append(complaint, TimelineEntryType.RETURNED_TO_ORIGIN, actor, agencyCode, reason);
        log.info(
                "Report {} returned by {} to {}, which forwarded it",
                complaint.getTrackingId(),
                agencyCode,
                complaint.getChannelName());
    }

    public void reroute(long complaintId, String fromAgencyCode, String toAgencyCode, Actor actor) {
        var complaint = complaint(complaintId);
        var to = agencies.get(toAgencyCode);
        var now = clock.instant();
        var from = assignment(complaintId, fromAgencyCode);
        from.returnToRouting(now);
        // the new agency follows up in the same instance of AgencyFollowUpProcess
        var rerouted = new Assignment(complaint.getId(), to.getCode(), now, days.firstResponse());
        rerouted.bindTo(from.getFollowUpInstanceId());
        assignments.save(rerouted);
        timeline.append(complaint, TimelineEntryType.REROUTED, actor, to.getCode(), null);
    }

    /**
     * Another Aduan installation, which serves the agency, took the report under its own tracking ID: the agency
     * follows it up there, and what it decides comes back through that installation.
     */
    public void recordForwarding(
            long complaintId, String agencyCode, String installationName, String remoteTrackingId) {
        timeline.append(
                complaint(complaintId),
                TimelineEntryType.FORWARDED_TO_INSTALLATION,
                Actor.SYSTEM,
                agencyCode,
                "Diteruskan ke " + installationName + " (" + remoteTrackingId + ")");
    }

    /**
     * The installation serving the agency refused the reporter's objection for good: its report there had closed before
     * the objection arrived. Staff read it on the timeline; the agency's follow-up here still waits for that
     * installation.
     */
    public void recordObjectionNotDelivered(long complaintId, String agencyCode, String explanation) {
        timeline.append(
                complaint(complaintId),
                TimelineEntryType.OBJECTION_NOT_DELIVERED,
                Actor.SYSTEM,
                agencyCode,
                explanation);
    }

    public void requestInformation(long complaintId, String agencyCode, String question, Actor actor) {
        var complaint = complaint(complaintId);
        assignment(complaintId, agencyCode).pause(clock.instant());
        complaint.markInProgress();
        timeline.append(complaint, TimelineEntryType.INFORMATION_REQUESTED, actor, agencyCode, question);
    }

    /** Restarts the agency's clock, extended by the working days it waited for the reporter. */
    public void resumeFollowUp(long complaintId, String agencyCode, boolean answered) {
        var complaint = complaint(complaintId);
        var assignment = assignment(complaintId, agencyCode);
        var agencyZone = agencies.get(agencyCode).getTimeZone();
        var paused = assignment.getPausedSince() == null
                ? 0
                : calendar.workingDaysBetween(assignment.getPausedSince(), clock.instant(), agencyZone);
        assignment.resume(paused);
        if (!answered) {
            timeline.append(complaint, TimelineEntryType.INFORMATION_REQUEST_EXPIRED, Actor.SYSTEM, agencyCode, null);
        }
    }

    public void awaitReporter(long complaintId) {
        var complaint = complaint(complaintId);
        // from the latest answer: one given at another installation may have reached this one only later
        var now = clock.instant();
        var lastAnswer = assignments.findByComplaintIdOrderById(complaintId).stream()
                .filter(assignment -> assignment.getStatus() == AssignmentStatus.FOLLOWED_UP)
                .map(Assignment::getRespondedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .filter(answered -> answered.isBefore(now))
                .orElse(now);
        complaint.openReporterWindow(lastAnswer);
        timeline.append(complaint, TimelineEntryType.AWAITING_REPORTER, Actor.SYSTEM);
    }

    public void complete(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.complete(clock.instant());
        timeline.append(complaint, TimelineEntryType.COMPLETED, Actor.SYSTEM);
    }

    public void closeWithoutAnswer(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.complete(clock.instant());
        timeline.append(complaint, TimelineEntryType.CLOSED_WITHOUT_ANSWER, Actor.SYSTEM);
    }

    /** Records that an e-mail about the report was rejected for good, such as for an unknown address. */
    public void recordNotificationFailure(long complaintId, String description) {
        timeline.append(complaint(complaintId), TimelineEntryType.NOTIFICATION_FAILED, Actor.SYSTEM, null, description);
    }

    /** Sends the report back to every agency that answered it, after the reporter's objection. */
    public void reopen(long complaintId) {
        var complaint = complaint(complaintId);
        complaint.reopen();
        var now = clock.instant();
        assignments.findByComplaintIdOrderById(complaintId).stream()
                .filter(Assignment::isActive)
                .forEach(assignment -> assignment.reopen(now, days.objectionResponse()));
    }

    AssignmentClock assignmentClock(Complaint complaint, Assignment assignment) {
        var completionWorkingDays = complaint.getCompletionWorkingDays() == null
                ? days.firstResponse()
                : complaint.getCompletionWorkingDays();
        return AssignmentClock.of(
                assignment,
                completionWorkingDays,
                agencies.get(assignment.getAgencyCode()).getTimeZone(),
                reporterTimeZone(complaint));
    }

    OfficeTimeZone reporterTimeZone(Complaint complaint) {
        return regions.find(complaint.getRegionCode()).map(Region::getTimeZone).orElse(days.nationalTimeZone());
    }

    private Complaint complaint(long complaintId) {
        return complaints
                .findById(complaintId)
                .orElseThrow(() -> new IllegalStateException("No report has the id " + complaintId
                        + "; the process instance refers to a report that is not in Aduan's tables."));
    }

    private Assignment assignment(long complaintId, String agencyCode) {
        return assignments
                .findActive(complaintId, agencyCode)
                .orElseThrow(() -> new IllegalStateException(
                        "Report " + complaintId + " is not assigned to the agency " + agencyCode + "."));
    }
}
