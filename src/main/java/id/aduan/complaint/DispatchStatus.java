package id.aduan.complaint;

/** Where one unit's part in a government's answer stands. */
public enum DispatchStatus {
    /** The coordinator dispatched the report to the unit; its officers draft the answer. */
    DRAFTING,
    /** The unit drafted its answer; the government's liaison officer approves it or returns it. */
    AWAITING_APPROVAL,
    /** The liaison officer returned the draft with a reason; the unit drafts again. */
    RETURNED,
    /** The unit's answer is final: approved, or drafted where the government needs no approval. */
    ANSWERED,
    /** The government's answer went out, or the coordinator took the report back: the row is history. */
    CLOSED;

    /** Whether the unit's officers are the ones to act (draft or redraft). */
    public boolean withUnit() {
        return this == DRAFTING || this == RETURNED;
    }
}
