package id.aduan.complaint;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.ComplaintRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-ups past their deadline, oldest first: what supervisors, administrators and oversight chase. */
@Service
@Transactional(readOnly = true)
public class OverdueFollowUps {

    private final AssignmentRepository assignments;
    private final ComplaintRepository complaints;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final AgencyService agencies;

    OverdueFollowUps(
            AssignmentRepository assignments,
            ComplaintRepository complaints,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            AgencyService agencies) {
        this.assignments = assignments;
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.agencies = agencies;
    }

    /** @param agencyCodes the agencies to list, or null for all */
    public List<OverdueFollowUp> list(Collection<String> agencyCodes) {
        return assignments.findOverdue().stream()
                .filter(assignment -> agencyCodes == null || agencyCodes.contains(assignment.getAgencyCode()))
                .map(this::view)
                .toList();
    }

    /** How many follow-ups are overdue, by the same rule as {@link #list}. */
    public long count() {
        return assignments.countOverdue();
    }

    private OverdueFollowUp view(Assignment assignment) {
        var complaint = complaints.findById(assignment.getComplaintId()).orElseThrow();
        var agency =
                agencies.find(assignment.getAgencyCode()).map(Agency::getName).orElse(assignment.getAgencyCode());
        return new OverdueFollowUp(
                complaint.getTrackingId(),
                complaint.getTitle(),
                complaint.isConfidential(),
                new NamedCode(assignment.getAgencyCode(), agency),
                assignment.getStatus(),
                deadlines.followUpDue(lifecycle.assignmentClock(complaint, assignment)),
                assignment.getOverdueSince());
    }
}
