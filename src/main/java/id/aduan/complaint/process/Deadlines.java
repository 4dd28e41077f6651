package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The deadlines that timers and task due dates in the models use, as in
 * {@code ${deadlines.followUpDue(complaintId, agencyCode)}}. Each is computed afresh from Aduan's
 * tables, so that moving a timer after a holiday changed evaluates the same expression again.
 */
@Component
public class Deadlines {

    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;

    Deadlines(ComplaintLifecycle lifecycle, ComplaintDeadlines deadlines) {
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
    }

    public Date verificationDue(long complaintId) {
        return date(deadlines.verificationDue(lifecycle.clock(complaintId)));
    }

    public Date deferralAnswerDue(long complaintId) {
        return date(deadlines.deferralAnswerDue(lifecycle.clock(complaintId)));
    }

    public Date reporterWindowDue(long complaintId) {
        return date(deadlines.reporterWindowDue(lifecycle.clock(complaintId)));
    }

    public Date reporterWindowReminderDue(long complaintId) {
        return date(deadlines.reporterWindowReminderDue(lifecycle.clock(complaintId)));
    }

    public Date followUpReminderDue(long complaintId, String agencyCode) {
        return date(deadlines.followUpReminderDue(lifecycle.assignmentClock(complaintId, agencyCode)));
    }

    public Date followUpDue(long complaintId, String agencyCode) {
        return date(deadlines.followUpDue(lifecycle.assignmentClock(complaintId, agencyCode)));
    }

    public Date supervisorEscalationDue(long complaintId, String agencyCode) {
        return date(deadlines.supervisorEscalationDue(lifecycle.assignmentClock(complaintId, agencyCode)));
    }

    public Date nationalEscalationDue(long complaintId, String agencyCode) {
        return date(deadlines.nationalEscalationDue(lifecycle.assignmentClock(complaintId, agencyCode)));
    }

    public Date informationAnswerDue(long complaintId, String agencyCode) {
        return date(deadlines.informationAnswerDue(lifecycle.assignmentClock(complaintId, agencyCode)));
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
