package id.aduan.complaint.internal;

import id.aduan.complaint.AssignmentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One agency's duty to answer one report, with the clock of its current deadline: the first follow-up
 * after routing, or the answer to an objection after a reopening. Waiting for the reporter pauses the
 * clock; the paused working days are added to the deadline.
 */
@Entity
@Table(name = "complaint_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String agencyCode;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status;

    private Instant assignedAt;

    private Instant clockStartedAt;

    private int clockWorkingDays;

    private int clockPausedWorkingDays;

    private int totalPausedWorkingDays;

    private Instant pausedSince;

    private boolean reopened;

    private Instant respondedAt;

    private Instant overdueSince;

    private Instant endedAt;

    /** The instance of AgencyFollowUpProcess in which the agency follows the report up, once it started. */
    private String followUpInstanceId;

    /** The answer the agency wrote that waits for the liaison officer's approval, if any. */
    private String pendingAnswer;

    /** Why the liaison officer returned the agency's latest answer, if they did. */
    private String answerReturnReason;

    /**
     * The follow-up deadline the installation that serves the agency reported, for an agency served there: it replaces
     * this installation's computation while the agency handles the report there. Cleared when its clock stops or
     * restarts here (a question to the reporter, an objection), until that installation reports it again.
     */
    private Instant travelledFollowUpDue;

    /** The completion target the installation that serves the agency reported, likewise. */
    private Instant travelledCompletionDue;

    @Version
    private long version;

    protected Assignment() {}

    public Assignment(Long complaintId, String agencyCode, Instant now, int firstResponseWorkingDays) {
        this.complaintId = complaintId;
        this.agencyCode = agencyCode;
        this.status = AssignmentStatus.AWAITING_FOLLOW_UP;
        this.assignedAt = now;
        this.clockStartedAt = now;
        this.clockWorkingDays = firstResponseWorkingDays;
    }

    /** The follow-up instance started for this assignment, or the same instance after a re-routing. */
    public void bindTo(String followUpInstanceId) {
        this.followUpInstanceId = followUpInstanceId;
    }

    public void pause(Instant now) {
        status = AssignmentStatus.AWAITING_INFORMATION;
        pausedSince = now;
        travelledFollowUpDue = null;
    }

    public void resume(int pausedWorkingDays) {
        status = AssignmentStatus.AWAITING_FOLLOW_UP;
        pausedSince = null;
        clockPausedWorkingDays += pausedWorkingDays;
        totalPausedWorkingDays += pausedWorkingDays;
    }

    /** @return false when it was overdue already in this round */
    public boolean markOverdue(Instant now) {
        if (overdueSince != null) {
            return false;
        }
        overdueSince = now;
        return true;
    }

    public void followUp(Instant now) {
        status = AssignmentStatus.FOLLOWED_UP;
        respondedAt = now;
        overdueSince = null;
    }

    public void returnToRouting(Instant now) {
        status = AssignmentStatus.RETURNED;
        overdueSince = null;
        endedAt = now;
    }

    public void reopen(Instant now, int objectionResponseWorkingDays) {
        status = AssignmentStatus.AWAITING_FOLLOW_UP;
        reopened = true;
        clockStartedAt = now;
        clockWorkingDays = objectionResponseWorkingDays;
        clockPausedWorkingDays = 0;
        overdueSince = null;
        travelledFollowUpDue = null;
    }

    /**
     * The deadlines the installation that serves the agency reported; one it did not report stays as it was.
     *
     * @return whether either changed
     */
    public boolean travelled(Instant followUpDue, Instant completionDue) {
        var changed = false;
        if (followUpDue != null && !followUpDue.equals(travelledFollowUpDue)) {
            travelledFollowUpDue = followUpDue;
            changed = true;
        }
        if (completionDue != null && !completionDue.equals(travelledCompletionDue)) {
            travelledCompletionDue = completionDue;
            changed = true;
        }
        return changed;
    }

    /** The agency wrote an answer that waits for the liaison officer's approval. */
    public void submitAnswer(String text) {
        this.pendingAnswer = text;
    }

    /** The liaison officer returned the pending answer with a reason: the agency writes it again. */
    public void returnAnswer(String reason) {
        this.pendingAnswer = null;
        this.answerReturnReason = reason;
    }

    /** The approved answer, which leaves this row as it becomes the agency's follow-up. */
    public String takeApprovedAnswer() {
        var text = pendingAnswer;
        this.pendingAnswer = null;
        this.answerReturnReason = null;
        return text;
    }

    public String getPendingAnswer() {
        return pendingAnswer;
    }

    public String getAnswerReturnReason() {
        return answerReturnReason;
    }

    public boolean isActive() {
        return status != AssignmentStatus.RETURNED;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getClockStartedAt() {
        return clockStartedAt;
    }

    public int getClockWorkingDays() {
        return clockWorkingDays;
    }

    public int getClockPausedWorkingDays() {
        return clockPausedWorkingDays;
    }

    public int getTotalPausedWorkingDays() {
        return totalPausedWorkingDays;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public boolean isReopened() {
        return reopened;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getFollowUpInstanceId() {
        return followUpInstanceId;
    }

    public Instant getTravelledFollowUpDue() {
        return travelledFollowUpDue;
    }

    public Instant getTravelledCompletionDue() {
        return travelledCompletionDue;
    }
}
