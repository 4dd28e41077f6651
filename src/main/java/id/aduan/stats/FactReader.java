package id.aduan.stats;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.AssignmentStatus;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.deadline.WorkingDayCalendar;
import id.aduan.deadline.WorkingDayWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what reports contribute to the statistics from Aduan's own tables: the report, its assignments and the
 * timeline entries that say when each agency answered, whether its deadline was missed first, and objections.
 */
@Component
class FactReader {

    /** Filing years, months and days are those of Jakarta (WIB), as the national figures are published. */
    static final ZoneId PUBLISHED_ZONE = ZoneId.of("Asia/Jakarta");

    private static final List<String> ENTRY_TYPES = List.of(
            TimelineEntryType.HANDLING_STARTED.name(),
            TimelineEntryType.INFORMATION_REQUESTED.name(),
            TimelineEntryType.FOLLOW_UP_OVERDUE.name(),
            TimelineEntryType.FOLLOWED_UP.name(),
            TimelineEntryType.OBJECTED.name());

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyService agencies;
    private final WorkingDayCalendar calendar;

    FactReader(NamedParameterJdbcTemplate jdbc, AgencyService agencies, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.calendar = calendar;
    }

    /** The facts of these reports as they are now. */
    Facts read(Collection<Long> complaintIds) {
        if (complaintIds.isEmpty()) {
            return new Facts(List.of(), List.of());
        }
        var ids = Map.of("ids", complaintIds);
        var reports = new LinkedHashMap<Long, Report>();
        jdbc.query(
                "select id, submitted_at, status, category_code, region_code, channel, integration_id, confidential,"
                        + " verification_overdue, rating, duplicate_of_id from complaint where id in (:ids)",
                ids,
                row -> {
                    reports.put(row.getLong("id"), new Report(row));
                });
        jdbc.query(
                "select complaint_id, agency_code, status, assigned_at, overdue_since, reopened"
                        + " from complaint_assignment where complaint_id in (:ids) order by id",
                ids,
                row -> {
                    var report = reports.get(row.getLong("complaint_id"));
                    if (report != null) {
                        report.assignments.put(row.getString("agency_code"), new Assignment(row));
                    }
                });
        jdbc.query(
                "select complaint_id, type, agency_code, occurred_at from complaint_event"
                        + " where complaint_id in (:ids) and type in (:types) order by id",
                Map.of("ids", complaintIds, "types", ENTRY_TYPES),
                row -> {
                    var report = reports.get(row.getLong("complaint_id"));
                    if (report != null) {
                        report.entries.add(new Entry(
                                TimelineEntryType.valueOf(row.getString("type")),
                                row.getString("agency_code"),
                                instant(row, "occurred_at")));
                    }
                });
        var window = window(reports.values());
        var reportFacts = new ArrayList<ReportFacts>();
        var assignmentFacts = new ArrayList<AssignmentFacts>();
        for (var report : reports.values()) {
            var answers = new ArrayList<Answer>();
            for (var entry : report.assignments.entrySet()) {
                var facts = assignmentFacts(report, entry.getKey(), entry.getValue(), window, answers);
                assignmentFacts.add(facts);
            }
            reportFacts.add(reportFacts(report, answers));
        }
        return new Facts(reportFacts, assignmentFacts);
    }

    private AssignmentFacts assignmentFacts(
            Report report, String agencyCode, Assignment assignment, WorkingDayWindow window, List<Answer> answers) {
        var returned = assignment.status == AssignmentStatus.RETURNED;
        Instant firstAnswer = null;
        Instant missedDeadline = null;
        var started = assignment.reopened || assignment.status == AssignmentStatus.AWAITING_INFORMATION;
        for (var entry : report.entries) {
            if (!agencyCode.equals(entry.agencyCode) || entry.at.isBefore(assignment.assignedAt)) {
                continue;
            }
            switch (entry.type) {
                case HANDLING_STARTED, INFORMATION_REQUESTED -> started = true;
                case FOLLOW_UP_OVERDUE -> {
                    if (firstAnswer == null && missedDeadline == null) {
                        missedDeadline = entry.at;
                    }
                }
                case FOLLOWED_UP -> {
                    if (firstAnswer == null) {
                        firstAnswer = entry.at;
                    }
                }
                default -> {}
            }
        }
        var objections = 0;
        if (firstAnswer != null && !returned) {
            for (var entry : report.entries) {
                if (entry.type == TimelineEntryType.OBJECTED && entry.at.isAfter(firstAnswer)) {
                    objections++;
                }
            }
        }
        Integer days = null;
        Boolean onTime = null;
        if (firstAnswer != null) {
            days = window.workingDaysBetween(assignment.assignedAt, firstAnswer, zone(agencyCode));
            onTime = missedDeadline == null;
            answers.add(new Answer(firstAnswer, days, onTime));
        }
        var bucket = bucket(report.status, assignment.status, started);
        var overdue = assignment.overdueSince != null && !returned && open(report.status);
        return new AssignmentFacts(
                report.id,
                agencyCode,
                report.filingDate(),
                bucket,
                overdue,
                days,
                onTime,
                firstAnswer != null && !returned ? report.rating : null,
                objections);
    }

    private static Bucket bucket(ComplaintStatus report, AssignmentStatus assignment, boolean started) {
        if (assignment == AssignmentStatus.RETURNED) {
            return Bucket.HANDED_BACK;
        }
        if (report == ComplaintStatus.COMPLETED || report == ComplaintStatus.ARCHIVED) {
            return Bucket.of(report);
        }
        if (assignment == AssignmentStatus.FOLLOWED_UP) {
            return Bucket.FOLLOWED_UP;
        }
        return started ? Bucket.IN_PROGRESS : Bucket.NOT_YET_FOLLOWED_UP;
    }

    private static ReportFacts reportFacts(Report report, List<Answer> answers) {
        var first = answers.stream().min(Comparator.comparing(Answer::at));
        var objections = (int) report.entries.stream()
                .filter(entry -> entry.type == TimelineEntryType.OBJECTED)
                .count();
        var overdue = open(report.status)
                && ((report.status == ComplaintStatus.SUBMITTED && report.verificationOverdue)
                        || report.assignments.values().stream()
                                .anyMatch(a -> a.status != AssignmentStatus.RETURNED && a.overdueSince != null));
        return new ReportFacts(
                report.id,
                report.filingDate(),
                report.submittedAt,
                report.categoryCode == null ? Scope.NONE : report.categoryCode,
                report.regionCode == null ? Scope.NONE : report.regionCode,
                report.channel,
                report.duplicate ? Bucket.DUPLICATE : Bucket.of(report.status),
                report.confidential,
                overdue,
                first.map(Answer::workingDays).orElse(null),
                first.map(Answer::onTime).orElse(null),
                report.rating,
                objections);
    }

    private static boolean open(ComplaintStatus status) {
        return status != ComplaintStatus.ARCHIVED && status != ComplaintStatus.COMPLETED;
    }

    private OfficeTimeZone zone(String agencyCode) {
        return agencies.find(agencyCode).map(agency -> agency.getTimeZone()).orElse(OfficeTimeZone.WIB);
    }

    /** The holidays of every day these reports' first answers span, read once. */
    private WorkingDayWindow window(Collection<Report> reports) {
        LocalDate from = null;
        LocalDate to = null;
        for (var report : reports) {
            for (var entry : report.entries) {
                var day = entry.at.atZone(PUBLISHED_ZONE).toLocalDate();
                from = from == null || day.isBefore(from) ? day : from;
                to = to == null || day.isAfter(to) ? day : to;
            }
            for (var assignment : report.assignments.values()) {
                var day = assignment.assignedAt.atZone(PUBLISHED_ZONE).toLocalDate();
                from = from == null || day.isBefore(from) ? day : from;
            }
        }
        return from == null || to == null
                ? new WorkingDayWindow(Set.of())
                : calendar.window(from.minusDays(1), to.plusDays(1));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The facts of a set of reports: one per report, one per agency each was routed to. */
    record Facts(List<ReportFacts> reports, List<AssignmentFacts> assignments) {}

    private record Entry(TimelineEntryType type, String agencyCode, Instant at) {}

    private record Answer(Instant at, int workingDays, boolean onTime) {}

    private static final class Report {
        private final long id;
        private final Instant submittedAt;
        private final ComplaintStatus status;
        private final String categoryCode;
        private final String regionCode;
        private final String channel;
        private final boolean confidential;
        private final boolean verificationOverdue;
        private final Integer rating;
        /** Archived as a duplicate of another report, which counts the matter. */
        private final boolean duplicate;

        private final Map<String, Assignment> assignments = new LinkedHashMap<>();
        private final List<Entry> entries = new ArrayList<>();

        Report(ResultSet row) throws SQLException {
            id = row.getLong("id");
            submittedAt = instant(row, "submitted_at");
            status = ComplaintStatus.valueOf(row.getString("status"));
            categoryCode = row.getString("category_code");
            regionCode = row.getString("region_code");
            var integration = row.getObject("integration_id", Long.class);
            channel = integration == null ? row.getString("channel") : Scope.partnerChannel(integration);
            confidential = row.getBoolean("confidential");
            verificationOverdue = row.getBoolean("verification_overdue");
            rating = row.getObject("rating", Integer.class);
            duplicate = row.getObject("duplicate_of_id", Long.class) != null;
        }

        LocalDate filingDate() {
            return submittedAt.atZone(PUBLISHED_ZONE).toLocalDate();
        }
    }

    private static final class Assignment {
        private final AssignmentStatus status;
        private final Instant assignedAt;
        private final Instant overdueSince;
        private final boolean reopened;

        Assignment(ResultSet row) throws SQLException {
            status = AssignmentStatus.valueOf(row.getString("status"));
            assignedAt = instant(row, "assigned_at");
            overdueSince = instant(row, "overdue_since");
            reopened = row.getBoolean("reopened");
        }
    }
}
