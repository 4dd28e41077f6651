package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;

/**
 * The report that a report archived as a duplicate follows: its tracking ID and where it stands publicly, or, when it
 * is confidential, only that it is being handled ({@code status} null, nothing else of it; in the public view not even
 * its tracking ID, which only the reporter's view and messages name).
 */
public record DuplicateOf(
        String trackingId, boolean confidential, ComplaintStatus status, String statusLabel, String statusLabelEn) {

    /** The original as anyone may see it: nothing of it but that it is being handled when it is confidential. */
    static DuplicateOf publicly(Complaint original) {
        return original.isConfidential() ? new DuplicateOf(null, true, null, null, null) : forReporter(original);
    }

    /** The original as the duplicate's reporter sees it: only its tracking ID when it is confidential. */
    static DuplicateOf forReporter(Complaint original) {
        if (original.isConfidential()) {
            return new DuplicateOf(original.getTrackingId(), true, null, null, null);
        }
        var status = original.getStatus();
        return new DuplicateOf(original.getTrackingId(), false, status, status.labelId(), status.labelEn());
    }
}
