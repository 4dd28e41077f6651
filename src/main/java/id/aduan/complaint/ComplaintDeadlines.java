package id.aduan.complaint;

import id.aduan.deadline.DeadlineProperties;
import id.aduan.deadline.WorkingDayCalendar;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a report, computed afresh from their starting moments and the holiday calendar, so
 * that a changed holiday moves every deadline that has not passed.
 */
@Component
public class ComplaintDeadlines {

    private final WorkingDayCalendar calendar;
    private final DeadlineProperties days;

    public ComplaintDeadlines(WorkingDayCalendar calendar, DeadlineProperties days) {
        this.calendar = calendar;
        this.days = days;
    }

    public Instant verificationDue(ComplaintClock clock) {
        return calendar.deadline(clock.verificationStartedAt(), days.verification(), days.nationalTimeZone());
    }

    public Instant deferralAnswerDue(ComplaintClock clock) {
        return calendar.deadline(clock.deferredAt(), days.deferralAnswer(), clock.reporterTimeZone());
    }

    public Instant reporterWindowDue(ComplaintClock clock) {
        return calendar.deadline(clock.reporterWindowOpenedAt(), days.reporterWindow(), clock.reporterTimeZone());
    }

    /** When the reporter is reminded that the window closes soon. */
    public Instant reporterWindowReminderDue(ComplaintClock clock) {
        return calendar.workingDaysBefore(
                reporterWindowDue(clock), days.reporterWindowReminder(), clock.reporterTimeZone());
    }

    /** When the agency is reminded that its follow-up deadline is near. */
    public Instant followUpReminderDue(AssignmentClock clock) {
        return calendar.workingDaysBefore(followUpDue(clock), days.followUpReminder(), clock.agencyTimeZone());
    }

    /**
     * The agency's current follow-up deadline: the first follow-up, or the answer to an objection. For an agency
     * another installation serves, the one that installation reported, once it did.
     */
    public Instant followUpDue(AssignmentClock clock) {
        if (clock.travelledFollowUpDue() != null) {
            return clock.travelledFollowUpDue();
        }
        var due = calendar.deadline(
                clock.clockStartedAt(),
                clock.clockWorkingDays() + clock.clockPausedWorkingDays(),
                clock.agencyTimeZone());
        if (clock.reopened()) {
            var completion = completionDue(clock);
            return completion.isAfter(due) ? completion : due;
        }
        return due;
    }

    /**
     * When a government's coordinator must have dispatched the report to its units: the first days of the agency's
     * clock, never after its follow-up deadline.
     */
    public Instant dispatchDue(AssignmentClock clock) {
        var due = calendar.deadline(
                clock.clockStartedAt(), days.dispatch() + clock.clockPausedWorkingDays(), clock.agencyTimeZone());
        var followUpDue = followUpDue(clock);
        return due.isAfter(followUpDue) ? followUpDue : due;
    }

    /**
     * When a unit must have drafted its part of the government's answer: the follow-up deadline, less the days of the
     * liaison officer's approval where the government requires it, never before the dispatch deadline.
     */
    public Instant draftDue(AssignmentClock clock, boolean approvalRequired) {
        var followUpDue = followUpDue(clock);
        if (!approvalRequired) {
            return followUpDue;
        }
        var due = calendar.workingDaysBefore(followUpDue, days.approval(), clock.agencyTimeZone());
        var dispatchDue = dispatchDue(clock);
        return due.isBefore(dispatchDue) ? dispatchDue : due;
    }

    /** When a missed step inside the agency (a dispatch, a draft) goes to the supervisor of whoever missed it. */
    public Instant supervisorEscalationDue(Instant stepDue, AssignmentClock clock) {
        return calendar.deadline(stepDue, days.supervisorEscalation(), clock.agencyTimeZone());
    }

    /** When a missed step inside the agency goes to the national administrator. */
    public Instant nationalEscalationDue(Instant stepDue, AssignmentClock clock) {
        return calendar.deadline(stepDue, days.nationalEscalation(), clock.agencyTimeZone());
    }

    /**
     * The agency's completion target; for an agency another installation serves, the one that installation reported.
     */
    public Instant completionDue(AssignmentClock clock) {
        if (clock.travelledCompletionDue() != null) {
            return clock.travelledCompletionDue();
        }
        return calendar.deadline(
                clock.assignedAt(),
                clock.completionWorkingDays() + clock.totalPausedWorkingDays(),
                clock.agencyTimeZone());
    }

    public Instant supervisorEscalationDue(AssignmentClock clock) {
        return calendar.deadline(followUpDue(clock), days.supervisorEscalation(), clock.agencyTimeZone());
    }

    public Instant nationalEscalationDue(AssignmentClock clock) {
        return calendar.deadline(followUpDue(clock), days.nationalEscalation(), clock.agencyTimeZone());
    }

    /**
     * Until when this installation waits for the decision of the installation that serves the agency before it marks
     * the follow-up overdue and asks its national administrator to intervene: the agency's follow-up deadline (the one
     * that installation reported, else the one computed here) and a grace of {@code aduan.deadlines.installation-grace}
     * working days for its webhooks to arrive; while the reporter is asked for information, from the later of that
     * deadline and the reporter's.
     */
    public Instant installationDecisionDue(AssignmentClock clock) {
        var due = followUpDue(clock);
        if (clock.pausedSince() != null) {
            var informationDue = informationAnswerDue(clock);
            due = informationDue.isAfter(due) ? informationDue : due;
        }
        return calendar.deadline(due, days.installationGrace(), clock.agencyTimeZone());
    }

    public Instant informationAnswerDue(AssignmentClock clock) {
        return calendar.deadline(clock.pausedSince(), days.informationRequest(), clock.reporterTimeZone());
    }
}
