package id.aduan.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** What each report last contributed to the tallies ({@code statistics_report}, {@code statistics_assignment}). */
@Repository
class FactStore {

    private final NamedParameterJdbcTemplate jdbc;

    FactStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, ReportFacts> reports(Collection<Long> complaintIds) {
        var facts = new HashMap<Long, ReportFacts>();
        jdbc.query("select * from statistics_report where complaint_id in (:ids)", Map.of("ids", complaintIds), row -> {
            facts.put(
                    row.getLong("complaint_id"),
                    new ReportFacts(
                            row.getLong("complaint_id"),
                            row.getObject("filing_date", LocalDate.class),
                            row.getTimestamp("submitted_at").toInstant(),
                            row.getString("category_code"),
                            row.getString("region_code"),
                            row.getString("channel"),
                            Bucket.valueOf(row.getString("bucket")),
                            row.getBoolean("confidential"),
                            row.getBoolean("overdue"),
                            row.getObject("first_answer_days", Integer.class),
                            row.getObject("first_answer_on_time", Boolean.class),
                            row.getObject("rating", Integer.class),
                            row.getInt("objections")));
        });
        return facts;
    }

    /** The agencies' facts of these reports, by report and agency. */
    Map<AssignmentKey, AssignmentFacts> assignments(Collection<Long> complaintIds) {
        var facts = new HashMap<AssignmentKey, AssignmentFacts>();
        jdbc.query(
                "select * from statistics_assignment where complaint_id in (:ids)",
                Map.of("ids", complaintIds),
                row -> {
                    var fact = assignment(row);
                    facts.put(new AssignmentKey(fact.complaintId(), fact.agencyCode()), fact);
                });
        return facts;
    }

    private static AssignmentFacts assignment(ResultSet row) throws SQLException {
        return new AssignmentFacts(
                row.getLong("complaint_id"),
                row.getString("agency_code"),
                row.getObject("filing_date", LocalDate.class),
                Bucket.valueOf(row.getString("bucket")),
                row.getBoolean("overdue"),
                row.getObject("first_answer_days", Integer.class),
                row.getObject("first_answer_on_time", Boolean.class),
                row.getObject("rating", Integer.class),
                row.getInt("objections"));
    }

    void saveReports(Collection<ReportFacts> stale, Collection<ReportFacts> facts) {
        delete("statistics_report", stale.stream().map(ReportFacts::complaintId).toList());
        jdbc.batchUpdate(
                "insert into statistics_report (complaint_id, filing_date, submitted_at, category_code, region_code,"
                        + " channel, bucket, confidential, overdue, first_answer_days, first_answer_on_time, rating,"
                        + " objections, open_report) values (:complaintId, :filingDate, :submittedAt, :categoryCode,"
                        + " :regionCode, :channel, :bucket, :confidential, :overdue, :firstAnswerDays,"
                        + " :firstAnswerOnTime, :rating, :objections, :open)",
                facts.stream()
                        .map(fact -> (SqlParameterSource) new MapSqlParameterSource()
                                .addValue("complaintId", fact.complaintId())
                                .addValue("filingDate", fact.filingDate())
                                .addValue("submittedAt", Timestamp.from(fact.submittedAt()))
                                .addValue("categoryCode", fact.categoryCode())
                                .addValue("regionCode", fact.regionCode())
                                .addValue("channel", fact.channel())
                                .addValue("bucket", fact.bucket().name())
                                .addValue("confidential", fact.confidential())
                                .addValue("overdue", fact.overdue())
                                .addValue("firstAnswerDays", fact.firstAnswerDays())
                                .addValue("firstAnswerOnTime", fact.firstAnswerOnTime())
                                .addValue("rating", fact.rating())
                                .addValue("objections", fact.objections())
                                .addValue("open", fact.open()))
                        .toArray(SqlParameterSource[]::new));
    }

    void saveAssignments(Collection<AssignmentFacts> stale, Collection<AssignmentFacts> facts) {
        jdbc.batchUpdate(
                "delete from statistics_assignment where complaint_id = :complaintId and agency_code = :agencyCode",
                stale.stream()
                        .map(fact -> (SqlParameterSource) new MapSqlParameterSource("complaintId", fact.complaintId())
                                .addValue("agencyCode", fact.agencyCode()))
                        .toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(
                "insert into statistics_assignment (complaint_id, agency_code, filing_date, bucket, overdue,"
                        + " first_answer_days, first_answer_on_time, rating, objections) values (:complaintId,"
                        + " :agencyCode, :filingDate, :bucket, :overdue, :firstAnswerDays, :firstAnswerOnTime, :rating,"
                        + " :objections)",
                facts.stream()
                        .map(fact -> (SqlParameterSource) new MapSqlParameterSource()
                                .addValue("complaintId", fact.complaintId())
                                .addValue("agencyCode", fact.agencyCode())
                                .addValue("filingDate", fact.filingDate())
                                .addValue("bucket", fact.bucket().name())
                                .addValue("overdue", fact.overdue())
                                .addValue("firstAnswerDays", fact.firstAnswerDays())
                                .addValue("firstAnswerOnTime", fact.firstAnswerOnTime())
                                .addValue("rating", fact.rating())
                                .addValue("objections", fact.objections()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Where the agencies' rows were last rolled up to ({@code statistics_rollup}). */
    Hierarchy rolledUp() {
        var governments = new HashMap<String, String>();
        var provinces = new HashMap<String, String>();
        jdbc.query("select agency_code, government_code, province_code from statistics_rollup", row -> {
            var agency = row.getString("agency_code");
            if (row.getString("government_code") != null) {
                governments.put(agency, row.getString("government_code"));
            }
            if (row.getString("province_code") != null) {
                provinces.put(agency, row.getString("province_code"));
            }
        });
        return new Hierarchy(governments, provinces);
    }

    void saveRolledUp(Hierarchy hierarchy) {
        jdbc.update("delete from statistics_rollup", Map.of());
        var agencies = new TreeSet<>(hierarchy.governments().keySet());
        agencies.addAll(hierarchy.provinces().keySet());
        jdbc.batchUpdate(
                "insert into statistics_rollup (agency_code, government_code, province_code)"
                        + " values (:agency, :government, :province)",
                agencies.stream()
                        .map(agency -> (SqlParameterSource) new MapSqlParameterSource("agency", agency)
                                .addValue("government", hierarchy.governments().get(agency))
                                .addValue("province", hierarchy.provinces().get(agency)))
                        .toArray(SqlParameterSource[]::new));
    }

    private void delete(String table, List<Long> complaintIds) {
        if (!complaintIds.isEmpty()) {
            jdbc.update("delete from " + table + " where complaint_id in (:ids)", Map.of("ids", complaintIds));
        }
    }

    record AssignmentKey(long complaintId, String agencyCode) {}
}
