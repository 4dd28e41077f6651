package id.aduan.complaint.process;

import id.aduan.complaint.AssignmentClock;
import id.aduan.complaint.ComplaintClock;
import id.aduan.complaint.ComplaintDeadlines;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ForwardedReportProperties;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.UnitDispatches;
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
    private final UnitDispatches dispatches;
    private final ForwardedReportProperties forwarded;

    Deadlines(
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            ExecutionSubjects subjects,
            UnitDispatches dispatches,
            ForwardedReportProperties forwarded) {
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.subjects = subjects;
        this.dispatches = dispatches;
        this.forwarded = forwarded;
    }

    public Date verificationDue(DelegateExecution execution) {
        return date(deadlines.verificationDue(complaintClock(execution)));
    }

    public Date deferralAnswerDue(DelegateExecution execution) {
        return date(deadlines.deferralAnswerDue(complaintClock(execution)));
    }

    /**
     * When the reporter's window closes the report: at the window's end, and for a report another installation
     * forwarded ({@link ProcessSubject#forwarded()}) {@code aduan.installations.reporter-window-grace} later, so that
     * its reporter's acceptance or objection, made there before the grace ended, is still taken when the call comes
     * late.
     */
    public Date reporterWindowDue(DelegateExecution execution) {
        var report = subjects.report(execution);
        var due = deadlines.reporterWindowDue(lifecycle.clock(report.complaintId()));
        return date(forwarded.windowClosesAt(due, report.forwarded()));
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

    /**
     * Until when the follow-up of an agency another installation serves waits for that installation's decision before
     * it is marked overdue here, for the agency whose assignment is bound to the instance.
     */
    public Date installationDecisionDue(DelegateExecution execution) {
        return date(deadlines.installationDecisionDue(assignmentClock(subjects.of(execution))));
    }

    public Date informationAnswerDue(DelegateExecution execution) {
        return date(deadlines.informationAnswerDue(assignmentClock(subjects.of(execution))));
    }

    /** When a government's coordinator must have dispatched the report to its units, or answered it. */
    public Date dispatchDue(DelegateExecution execution) {
        return date(deadlines.dispatchDue(assignmentClock(subjects.of(execution))));
    }

    public Date dispatchSupervisorEscalationDue(DelegateExecution execution) {
        var clock = assignmentClock(subjects.of(execution));
        return date(deadlines.supervisorEscalationDue(deadlines.dispatchDue(clock), clock));
    }

    public Date dispatchNationalEscalationDue(DelegateExecution execution) {
        var clock = assignmentClock(subjects.of(execution));
        return date(deadlines.nationalEscalationDue(deadlines.dispatchDue(clock), clock));
    }

    /** When a unit must have drafted its part: before the liaison officer's days where the government needs them. */
    public Date draftDue(DelegateExecution execution) {
        return date(draftDue(subjects.of(execution)));
    }

    public Date draftSupervisorEscalationDue(DelegateExecution execution) {
        var subject = subjects.of(execution);
        return date(deadlines.supervisorEscalationDue(draftDue(subject), assignmentClock(subject)));
    }

    public Date draftNationalEscalationDue(DelegateExecution execution) {
        var subject = subjects.of(execution);
        return date(deadlines.nationalEscalationDue(draftDue(subject), assignmentClock(subject)));
    }

    /**
     * When the liaison officer must have approved or returned a unit's draft: the government's follow-up deadline,
     * whose escalations ({@link #supervisorEscalationDue}, {@link #nationalEscalationDue}) a missed approval follows.
     */
    public Date approvalDue(DelegateExecution execution) {
        return followUpDue(execution);
    }

    private Instant draftDue(ProcessSubject subject) {
        return deadlines.draftDue(assignmentClock(subject), dispatches.approvalRequired(subject.agencyCode()));
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
