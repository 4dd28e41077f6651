package id.aduan.complaint;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.system.FieldProblemException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups past their deadline, oldest first: what supervisors, administrators and oversight chase. They come a
 * page at a time, each page continuing from where the previous ended (the time it became overdue and the
 * assignment's id), so that no page costs more than the first.
 */
@Service
@Transactional(readOnly = true)
public class OverdueFollowUps {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final AssignmentRepository assignments;
    private final ComplaintLifecycle lifecycle;
    private final ComplaintDeadlines deadlines;
    private final AgencyService agencies;

    OverdueFollowUps(
            AssignmentRepository assignments,
            ComplaintLifecycle lifecycle,
            ComplaintDeadlines deadlines,
            AgencyService agencies) {
        this.assignments = assignments;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.agencies = agencies;
    }

    /**
     * @param agencyCodes the agencies to list, or null for all
     * @param after the {@code next} of the previous page, or null for the first
     * @param limit how many at most, {@value #DEFAULT_LIMIT} unless given, at most {@value #MAX_LIMIT}
     * @throws FieldProblemException naming {@code after} or {@code limit} when it is not one this list accepts
     */
    public Page page(Collection<String> agencyCodes, String after, String limit) {
        var size = limit(limit);
        var from = after == null || after.isBlank()
                ? ListPosition.START
                : ListPosition.parse(after)
                        .orElseThrow(() -> new FieldProblemException(
                                "after", "must be the next of an earlier page, such as 1764497730123456.4711"));
        var rows = agencyCodes == null
                ? assignments.findOverdueAfter(from.time(), from.id(), Limit.of(size + 1))
                : agencyCodes.isEmpty()
                        ? List.<Object[]>of()
                        : assignments.findOverdueAfter(agencyCodes, from.time(), from.id(), Limit.of(size + 1));
        var page = rows.subList(0, Math.min(size, rows.size()));
        var names = new HashMap<String, NamedCode>();
        var overdue = page.stream()
                .map(row -> view((Assignment) row[0], (Complaint) row[1], names))
                .toList();
        String next = null;
        if (rows.size() > size) {
            var last = (Assignment) page.get(page.size() - 1)[0];
            next = new ListPosition(last.getOverdueSince(), last.getId()).toString();
        }
        return new Page(overdue, next);
    }

    /** How many follow-ups are overdue, by the same rule as {@link #page}. */
    public long count() {
        return assignments.countOverdue();
    }

    private static int limit(String limit) {
        var message = "must be a whole number from 1 to " + MAX_LIMIT;
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            var size = Integer.parseInt(limit.strip());
            if (size < 1 || size > MAX_LIMIT) {
                throw new FieldProblemException("limit", message);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new FieldProblemException("limit", message);
        }
    }

    private OverdueFollowUp view(Assignment assignment, Complaint complaint, HashMap<String, NamedCode> names) {
        var code = assignment.getAgencyCode();
        var agency = names.computeIfAbsent(
                code,
                key -> new NamedCode(
                        key, agencies.find(key).map(Agency::getName).orElse(key)));
        return new OverdueFollowUp(
                complaint.getTrackingId(),
                complaint.getTitle(),
                complaint.isConfidential(),
                agency,
                assignment.getStatus(),
                deadlines.followUpDue(lifecycle.assignmentClock(complaint, assignment)),
                assignment.getOverdueSince());
    }

    /**
     * A page of overdue follow-ups, oldest first.
     *
     * @param next what to send as {@code after} for the next page, or null when this is the last
     */
    public record Page(List<OverdueFollowUp> overdue, String next) {}
}
