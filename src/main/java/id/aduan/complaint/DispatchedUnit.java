package id.aduan.complaint;

/**
 * One unit's part in a government's answer, as the steps of the unit's answer see it.
 *
 * @param dispatchId the row the unit's answer was bound to when it started
 * @param unitCode the unit that drafts
 * @param governmentCode the government whose coordinator dispatched the report, whose liaison officer approves
 */
public record DispatchedUnit(long dispatchId, String unitCode, String governmentCode, DispatchStatus status) {

    /** Who must act now: the unit while it drafts, the government (its liaison officer) while the draft waits. */
    public String responsibleAgencyCode() {
        return status.withUnit() ? unitCode : governmentCode;
    }
}
