package id.aduan.complaint;

import id.aduan.complaint.internal.Complaint;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether a reporter's acceptance or objection comes within their window. A report another Aduan installation
 * forwarded stays open {@code aduan.installations.reporter-window-grace} past its window (its timer in
 * {@code ComplaintHandlingProcess}), because its reporter acts at that installation: their window there opens only when
 * all the report's agencies there have answered, and its call may come late. In that time the installation's call is
 * taken when it says the reporter acted before the grace ended.
 */
@Component
class ReporterWindows {

    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final ForwardedReportProperties forwarded;
    private final Clock clock;

    ReporterWindows(
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            ForwardedReportProperties forwarded,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.forwarded = forwarded;
        this.clock = clock;
    }

    /**
     * Refuses an action that the window no longer takes: one that says it was made after the window closed (on a
     * forwarded report, after the grace ended), and, on a forwarded report past the grace, one that does not say when
     * it was made.
     *
     * @param actedAt when the reporter acted, as the installation where they did says; null from any other door
     * @param field the request's name for it, which the refusal names
     */
    void checkInTime(Complaint complaint, Instant actedAt, String field) {
        var closedAt = forwarded.windowClosesAt(
                deadlines.reporterWindowDue(lifecycle.clock(complaint.getId())), complaint.isForwarded());
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
