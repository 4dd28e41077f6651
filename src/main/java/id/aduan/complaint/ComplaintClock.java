package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;
import id.aduan.deadline.OfficeTimeZone;
import java.time.Instant;

/**
 * The moments a report's own deadlines count from.
 *
 * @param verificationStartedAt when the report was submitted, or when the reporter answered a deferral
 * @param deferredAt when the verifier deferred it, while it waits for the reporter
 * @param reporterWindowOpenedAt when the reporter's window opened or was last reset by a reporter message
 * @param reporterTimeZone the time zone of the report's region
 */
public record ComplaintClock(
        Instant verificationStartedAt,
        Instant deferredAt,
        Instant reporterWindowOpenedAt,
        OfficeTimeZone reporterTimeZone) {

    static ComplaintClock of(Complaint complaint, OfficeTimeZone reporterTimeZone) {
        return new ComplaintClock(
                complaint.getVerificationStartedAt(),
                complaint.getDeferredAt(),
                complaint.getReporterWindowOpenedAt(),
                reporterTimeZone);
    }
}
