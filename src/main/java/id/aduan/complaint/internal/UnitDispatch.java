package id.aduan.complaint.internal;

import id.aduan.complaint.DispatchStatus;
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
 * One unit's part in a government's answer to a report: the coordinator's note, the unit's draft and, where the
 * government requires it, the liaison officer's approval or reason for returning the draft.
 */
@Entity
@Table(name = "unit_dispatch")
public class UnitDispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assignmentId;

    private String unitCode;

    private String note;

    @Enumerated(EnumType.STRING)
    private DispatchStatus status;

    private String draft;

    private String returnReason;

    /** The engine's scope of the unit's answer (an activity instance), bound when it started. */
    private String activityInstanceId;

    private Instant dispatchedAt;

    private Instant draftedAt;

    private Instant approvedAt;

    @Version
    private long version;

    protected UnitDispatch() {}

    public UnitDispatch(Long assignmentId, String unitCode, String note, Instant now) {
        this.assignmentId = assignmentId;
        this.unitCode = unitCode;
        this.note = note;
        this.status = DispatchStatus.DRAFTING;
        this.dispatchedAt = now;
    }

    public void bindTo(String activityInstanceId) {
        if (this.activityInstanceId != null) {
            throw new IllegalStateException("The dispatch " + id + " to " + unitCode + " is bound already.");
        }
        this.activityInstanceId = activityInstanceId;
    }

    /** The unit's draft: final at once, or waiting for the liaison officer's approval. */
    public void draft(String text, boolean approvalRequired, Instant now) {
        this.draft = text;
        this.draftedAt = now;
        this.returnReason = null;
        this.status = approvalRequired ? DispatchStatus.AWAITING_APPROVAL : DispatchStatus.ANSWERED;
    }

    public void approve(Instant now) {
        this.status = DispatchStatus.ANSWERED;
        this.approvedAt = now;
    }

    public void returnDraft(String reason) {
        this.status = DispatchStatus.RETURNED;
        this.returnReason = reason;
    }

    public void close() {
        this.status = DispatchStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getNote() {
        return note;
    }

    public DispatchStatus getStatus() {
        return status;
    }

    public String getDraft() {
        return draft;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getActivityInstanceId() {
        return activityInstanceId;
    }
}
