package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of an answer an agency writes itself (its officers' follow-up, or a government coordinator's direct
 * answer), as AgencyFollowUpProcess takes it: where the assigned agency requires it, the liaison officer (pejabat
 * penghubung) of its government approves the answer or returns it with a reason before the reporter sees it. The
 * answer waits on the agency's assignment, so that the follow-up recorded is the one approved, never a variable.
 */
@Service
@Transactional
public class AgencyAnswers {

    private final AssignmentRepository assignments;
    private final ComplaintRepository complaints;
    private final ComplaintLifecycle lifecycle;
    private final AgencyService agencies;
    private final Timeline timeline;

    AgencyAnswers(
            AssignmentRepository assignments,
            ComplaintRepository complaints,
            ComplaintLifecycle lifecycle,
            AgencyService agencies,
            Timeline timeline) {
        this.assignments = assignments;
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.timeline = timeline;
    }

    /**
     * Whether the agency's own answers need its government's liaison officer's approval: the agency's own flag (a
     * unit's answers are approved by its government's liaison officers, {@link AgencyService#approverOf}).
     */
    @Transactional(readOnly = true)
    public boolean approvalRequired(String agencyCode) {
        return agencies.get(agencyCode).requiresLiaisonApproval();
    }

    /** The agency wrote its answer; it waits for the liaison officer's approval. */
    public void submit(long complaintId, String agencyCode, String text, Actor actor) {
        assignment(complaintId, agencyCode).submitAnswer(text);
        timeline.append(complaint(complaintId), TimelineEntryType.UNIT_ANSWER_DRAFTED, actor, agencyCode, text);
    }

    /** The liaison officer approved the agency's answer: the next step records it as the follow-up. */
    public void approve(long complaintId, String agencyCode, Actor actor) {
        if (assignment(complaintId, agencyCode).getPendingAnswer() == null) {
            throw new IllegalStateException("No answer of " + agencyCode + " waits for approval on " + complaintId);
        }
        timeline.append(complaint(complaintId), TimelineEntryType.UNIT_ANSWER_APPROVED, actor, agencyCode, null);
    }

    /** The liaison officer returned the agency's answer with a reason: the agency writes it again. */
    public void returnAnswer(long complaintId, String agencyCode, String reason, Actor actor) {
        assignment(complaintId, agencyCode).returnAnswer(reason);
        timeline.append(complaint(complaintId), TimelineEntryType.UNIT_ANSWER_RETURNED, actor, agencyCode, reason);
    }

    /**
     * Records the agency's follow-up: the approved answer where one waits on the assignment, otherwise the text the
     * agency's task submitted (an agency whose answers need no approval).
     */
    public void recordFollowUp(long complaintId, String agencyCode, String submitted, Actor actor) {
        var approved = assignment(complaintId, agencyCode).takeApprovedAnswer();
        lifecycle.recordFollowUp(complaintId, agencyCode, approved != null ? approved : submitted, actor);
    }

    /** What the approval and the answering forms show, as their Markdown shows it ("-" for none). */
    @Transactional(readOnly = true)
    public AnswerView view(long complaintId, String agencyCode) {
        var assignment = assignment(complaintId, agencyCode);
        return new AnswerView(
                ComplaintTaskContext.escape(agencies.get(agencyCode).getName()),
                shown(assignment.getPendingAnswer()),
                shown(assignment.getAnswerReturnReason()));
    }

    private static String shown(String text) {
        return text == null || text.isBlank() ? "-" : ComplaintTaskContext.escape(text);
    }

    private Assignment assignment(long complaintId, String agencyCode) {
        return assignments
                .findActive(complaintId, agencyCode)
                .orElseThrow(() -> new IllegalStateException(
                        "Report " + complaintId + " is not assigned to the agency " + agencyCode + "."));
    }

    private Complaint complaint(long complaintId) {
        return complaints
                .findById(complaintId)
                .orElseThrow(() -> new IllegalStateException("No report has the id " + complaintId + "."));
    }

    /**
     * @param agencyName the agency that wrote the answer
     * @param answer the answer waiting for approval
     * @param returnReason why the liaison officer returned the latest answer, if they did
     */
    public record AnswerView(String agencyName, String answer, String returnReason) {}
}
