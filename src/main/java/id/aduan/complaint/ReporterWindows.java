package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether a reporter's acceptance or objection comes within their window. A report another Aduan installation
 * forwarded stays open {@code aduan.installations.reporter-window-grace} past its window (its timer in
 * {@code ComplaintHandlingProcess}), because its reporter acts at that installation, whose call may come late: in that
 * time the call is taken when it says the reporter acted within the window.
 */
@Component
class ReporterWindows {

    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final Clock clock;

    ReporterWindows(ComplaintLifecycle lifecycle, ComplaintDeadlines deadlines, Clock clock) {
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Refuses an action that the window no longer takes: one that says it was made after the window closed, and, on a
     * forwarded report past its window, one that does not say when it was made.
     *
     * @param actedAt when the reporter acted, as the installation where they did says; null from any other door
     * @param field the request's name for it, which the refusal names
     */
    void checkInTime(Complaint complaint, Instant actedAt, String field) {
        var closedAt = deadlines.reporterWindowDue(lifecycle.clock(complaint.getId()));
        if (actedAt != null && actedAt.isAfter(closedAt)) {
            throw new ComplaintStateException(
                    field,
                    "is after the reporter's window of report " + complaint.getTrackingId() + " closed, at " + closedAt
                            + ": the reporter may accept or object only within it");
        }
        if (actedAt == null && complaint.isForwarded() && clock.instant().isAfter(closedAt)) {
            throw new ComplaintStateException(
                    field,
                    "is required: the reporter's window of report " + complaint.getTrackingId() + " closed at "
                            + closedAt + ", and only an action made within it is still taken");
        }
    }
}
