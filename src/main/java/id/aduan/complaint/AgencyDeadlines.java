package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.complaint.process.ComplaintWorkflow;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's deadlines on a report as they travel between connected Aduan installations: the handling installation
 * states them in its webhooks, and the installation the report came from keeps them for the agency that is served
 * there, whose reporter reads them and whose wait for that installation's decision is measured from them.
 */
@Service
public class AgencyDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AgencyDeadlines.class);

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final ComplaintWorkflow workflow;

    AgencyDeadlines(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            ComplaintWorkflow workflow) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.workflow = workflow;
    }

    /**
     * The agency's deadlines on the report now, as its reporter reads them: its follow-up deadline while it has yet to
     * follow up (none while it waits for the reporter, its clock paused, or once it answered), and its completion
     * target while it handles the report; empty when the agency has no part in the report (any more), or the report
     * is closed.
     */
    @Transactional(readOnly = true)
    public Optional<AgencyDue> current(long complaintId, String agencyCode) {
        var complaint = complaints.findById(complaintId);
        var assignment = assignments.findActive(complaintId, agencyCode);
        if (complaint.isEmpty()
                || assignment.isEmpty()
                || complaint.get().getStatus().isClosed()) {
            return Optional.empty();
        }
        var clock = lifecycle.assignmentClock(complaint.get(), assignment.get());
        var status = assignment.get().getStatus();
        return Optional.of(new AgencyDue(
                status == AssignmentStatus.AWAITING_FOLLOW_UP ? deadlines.followUpDue(clock) : null,
                status == AssignmentStatus.FOLLOWED_UP ? null : deadlines.completionDue(clock)));
    }

    /**
     * Keeps the deadlines the installation that serves the agency reported for it (either may be null: not said), and
     * moves the wait for that installation's decision in the agency's follow-up instance when they changed.
     */
    @Transactional
    public void travelled(long complaintId, String agencyCode, Instant followUpDue, Instant completionDue) {
        var assignment = assignments.findActive(complaintId, agencyCode).orElse(null);
        if (assignment == null || !assignment.travelled(followUpDue, completionDue)) {
            return;
        }
        log.info(
                "Report {}: the installation that serves {} gave its deadlines, follow-up {} and completion {}",
                complaintId,
                agencyCode,
                followUpDue,
                completionDue);
        rescheduleWait(assignment);
    }

    /**
     * Moves the wait for the decision of the installation that serves the agency to what the tables say now: after
     * the agency's clock resumed (the reporter answered that installation's question here).
     */
    @Transactional
    public void rescheduleWait(long complaintId, String agencyCode) {
        assignments.findActive(complaintId, agencyCode).ifPresent(this::rescheduleWait);
    }

    private void rescheduleWait(Assignment assignment) {
        if (assignment.getFollowUpInstanceId() == null) {
            return;
        }
        // the timer's date is computed from the assignment's row
        assignments.flush();
        workflow.rescheduleInstallationWait(assignment.getFollowUpInstanceId());
    }

    /**
     * An agency's deadlines.
     *
     * @param followUpDue its follow-up deadline, if it has yet to follow up and its clock runs
     * @param completionDue its completion target, if it handles the report
     */
    public record AgencyDue(Instant followUpDue, Instant completionDue) {}
}
