package id.aduan.complaint.process;

import id.aduan.complaint.AssignmentClock;
import id.aduan.complaint.ComplaintClock;
import id.aduan.complaint.ComplaintDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ProcessSubject;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadlines that timers and task due dates in the models use, as in
 * {@code ${deadlines.followUpDue(execution)}}. Each is computed afresh from Aduan's tables for the instance's report
 * and agency, so that moving a timer after a holiday changed evaluates the same expression again.
 */
@Component
public class Deadlines {

    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final ExecutionSubjects subjects;

    Deadlines(ComplaintLifecycle lifecycle, ComplaintDeadlines deadlines, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.subjects = subjects;
    }

    public Date verificationDue(DelegateExecution execution) {
        return date(deadlines.verificationDue(complaintClock(execution)));
    }

    public Date deferralAnswerDue(DelegateExecution execution) {
        return date(deadlines.deferralAnswerDue(complaintClock(execution)));
    }

    public Date reporterWindowDue(DelegateExecution execution) {
        return date(deadlines.reporterWindowDue(complaintClock(execution)));
    }

    public Date reporterWindowReminderDue(DelegateExecution execution) {
        return date(deadlines.reporterWindowReminderDue(complaintClock(execution)));
    }

    public Date followUpReminderDue(DelegateExecution execution) {
        return date(deadlines.followUpReminderDue(assignmentClock(subjects.of(execution))));
    }

    public Date followUpDue(DelegateExecution execution) {
        return date(deadlines.followUpDue(assignmentClock(subjects.of(execution))));
    }

    public Date supervisorEscalationDue(DelegateExecution execution) {
        return date(deadlines.supervisorEscalationDue(assignmentClock(subjects.of(execution))));
    }

    public Date nationalEscalationDue(DelegateExecution execution) {
        return date(deadlines.nationalEscalationDue(assignmentClock(subjects.of(execution))));
    }

    public Date informationAnswerDue(DelegateExecution execution) {
        return date(deadlines.informationAnswerDue(assignmentClock(subjects.of(execution))));
    }

    private ComplaintClock complaintClock(DelegateExecution execution) {
        return lifecycle.clock(subjects.report(execution).complaintId());
    }

    private AssignmentClock assignmentClock(ProcessSubject subject) {
        return lifecycle.assignmentClock(subject.complaintId(), subject.agencyCode());
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
