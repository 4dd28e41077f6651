package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the {@link ProcessSubject} of a process instance, and binds an agency's assignment to the instance of
 * AgencyFollowUpProcess that the engine started for it.
 */
@Service
@Transactional
public class ProcessSubjects {

    private final ComplaintRepository complaints;
    private final AssignmentRepository assignments;

    ProcessSubjects(ComplaintRepository complaints, AssignmentRepository assignments) {
        this.complaints = complaints;
        this.assignments = assignments;
    }

    /**
     * @param trackingId the instance's business key
     * @param processInstanceId the instance's id
     */
    @Transactional(readOnly = true)
    public ProcessSubject of(String trackingId, String processInstanceId) {
        var complaint = complaint(trackingId);
        var agencyCode = assignments
                .findActiveInFollowUp(complaint.getId(), processInstanceId)
                .map(Assignment::getAgencyCode)
                .orElse(null);
        return new ProcessSubject(
                complaint.getId(),
                complaint.getTrackingId(),
                complaint.getType(),
                complaint.getRequestedAgencyCode(),
                agencyCode);
    }

    /**
     * Binds the report's active assignment of the agency to the follow-up instance the engine has just started
     * for it, in the engine's transaction, before any task of the instance exists.
     */
    public void bindFollowUp(String trackingId, String agencyCode, String followUpInstanceId) {
        var complaint = complaint(trackingId);
        assignments
                .findActive(complaint.getId(), agencyCode)
                .orElseThrow(() -> new IllegalStateException("Report " + trackingId
                        + " has no active assignment of the agency " + agencyCode + " to follow up."))
                .bindTo(followUpInstanceId);
    }

    private Complaint complaint(String trackingId) {
        return complaints
                .findByTrackingId(trackingId)
                .orElseThrow(() -> new IllegalStateException("No report has the tracking ID " + trackingId
                        + "; the process instance refers to a report that is not in Aduan's tables."));
    }
}
