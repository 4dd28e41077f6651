package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.deadline.OfficeTimeZone;
import java.time.Instant;

/**
 * The moments and counts an agency's deadlines on a report are computed from.
 *
 * @param assignedAt when the report was routed to the agency
 * @param clockStartedAt when the current follow-up clock started: routing, or the reporter's objection
 * @param clockWorkingDays the working days the current clock allows
 * @param clockPausedWorkingDays working days the current clock was paused while waiting for the reporter
 * @param totalPausedWorkingDays working days paused since routing, which move the completion target
 * @param pausedSince when the clock was paused, while the agency waits for the reporter
 * @param reopened whether the reporter objected and the agency answers again
 * @param completionWorkingDays the completion target in working days
 * @param agencyTimeZone the agency's time zone
 * @param reporterTimeZone the time zone of the report's region, for the reporter's answer
 * @param travelledFollowUpDue the follow-up deadline the installation that serves the agency reported, if it is
 *     served by another installation and that one said; it replaces the one computed here
 * @param travelledCompletionDue the completion target that installation reported, likewise
 */
public record AssignmentClock(
        Instant assignedAt,
        Instant clockStartedAt,
        int clockWorkingDays,
        int clockPausedWorkingDays,
        int totalPausedWorkingDays,
        Instant pausedSince,
        boolean reopened,
        int completionWorkingDays,
        OfficeTimeZone agencyTimeZone,
        OfficeTimeZone reporterTimeZone,
        Instant travelledFollowUpDue,
        Instant travelledCompletionDue) {

    static AssignmentClock of(
            Assignment assignment,
            int completionWorkingDays,
            OfficeTimeZone agencyTimeZone,
            OfficeTimeZone reporterTimeZone) {
        return new AssignmentClock(
                assignment.getAssignedAt(),
                assignment.getClockStartedAt(),
                assignment.getClockWorkingDays(),
                assignment.getClockPausedWorkingDays(),
                assignment.getTotalPausedWorkingDays(),
                assignment.getPausedSince(),
                assignment.isReopened(),
                completionWorkingDays,
                agencyTimeZone,
                reporterTimeZone,
                assignment.getTravelledFollowUpDue(),
                assignment.getTravelledCompletionDue());
    }
}
