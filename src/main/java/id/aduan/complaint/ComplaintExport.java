package id.aduan.complaint;

import id.aduan.agency.AgencyService;
import id.aduan.system.FieldProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as CSV (RFC 4180, UTF-8) for staff to count and follow up in a spreadsheet: administrators and oversight
 * export every report, agency staff those their agencies answer. An export leaves Aduan, so it holds nothing of the
 * reporter, and a confidential report's title stays out of it. The channel is the door a report came in through
 * ({@code Web}, {@code API}) or the partner system that filed it, by its name at the time ({@code Senjang Muba}). No cell holds control characters, whenever its text
 * was stored, and a cell that a spreadsheet would run as a formula is written as text. A report by SMS has empty
 * {@code category_code} and {@code region_code} cells until the verifier sets them.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintExport {

    static final List<String> COLUMNS = List.of(
            "tracking_id",
            "type",
            "channel",
            "status",
            "category_code",
            "region_code",
            "agencies",
            "submitted_at",
            "closed_at",
            "overdue",
            "rating",
            "anonymous",
            "confidential",
            "title");

    /** Rows PostgreSQL sends at a time: the export reads through a cursor instead of holding every report. */
    private static final int FETCH_SIZE = 5000;

    /**
     * Each report with the agencies that answer it (one row per such agency, none when there is none yet), in the
     * order of the report's id: a report's rows come one after the other. Ordering by the report alone lets the
     * database stream the reports by their primary key; the agencies of one report are ordered here.
     */
    private static final String SELECT = """
            select c.id, c.tracking_id, c.type, c.channel, c.channel_name, c.status, c.category_code, c.region_code,
                   c.submitted_at, c.closed_at, c.verification_overdue, c.rating, c.anonymous, c.confidential, c.title,
                   a.id assignment_id, a.agency_code, a.overdue_since
              from complaint c
              left join complaint_assignment a on a.complaint_id = c.id and a.status <> 'RETURNED'
             where 1 = 1""";

    /** Reports that one of the agencies answers: assigned to it and not passed on to another. */
    private static final String ANSWERED_BY = " and exists (select 1 from complaint_assignment s"
            + " where s.complaint_id = c.id and s.agency_code in (:%s) and s.status <> 'RETURNED')";

    /**
     * Control characters (C0 but tab and line breaks, DEL, C1) and the invisible marks that turn text around
     * (bidirectional controls), which no cell needs and which would hide or disguise what a cell says.
     */
    private static final Pattern UNPRINTABLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private final NamedParameterJdbcTemplate jdbc;
    private final AgencyService agencies;

    ComplaintExport(DataSource dataSource, AgencyService agencies) {
        var streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.agencies = agencies;
    }

    /**
     * Writes the header and a line per report, oldest first, as the database sends them: one query read through a
     * cursor inside this read-only transaction (PostgreSQL keeps a cursor only with autocommit off), so that memory
     * does not grow with the export.
     *
     * @param status only reports in this status, or null for all
     * @param agencyCode only reports this agency answers, or null for all
     * @param scope the agencies whose reports the staff member may export, or empty for every report
     * @return the number of reports written
     * @throws FieldProblemException for an unknown agency, before anything is written
     */
    public long write(ComplaintStatus status, String agencyCode, Optional<Set<String>> scope, Writer out) {
        checkAgency(agencyCode);
        var sql = new StringBuilder(SELECT);
        var parameters = new MapSqlParameterSource();
        if (status != null) {
            sql.append(" and c.status = :status");
            parameters.addValue("status", status.name());
        }
        if (agencyCode != null) {
            sql.append(ANSWERED_BY.formatted("agencyCode"));
            parameters.addValue("agencyCode", List.of(agencyCode));
        }
        if (scope.isPresent()) {
            if (scope.get().isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(ANSWERED_BY.formatted("scope"));
                parameters.addValue("scope", scope.get());
            }
        }
        sql.append(" order by c.id");
        try {
            line(out, COLUMNS);
            var lines = new Lines(out);
            jdbc.query(sql.toString(), parameters, lines);
            lines.finish();
            out.flush();
            return lines.written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects an unknown agency filter, so that a caller can answer it before starting a download. */
    public void checkAgency(String agencyCode) {
        if (agencyCode != null && agencies.find(agencyCode).isEmpty()) {
            throw new FieldProblemException(
                    "agencyCode",
                    "'" + agencyCode + "' is not a known agency; GET /api/agencies lists the valid codes.");
        }
    }

    /** Gathers a report's rows (one per agency that answers it) into its line, and writes it when the next begins. */
    private static final class Lines implements RowCallbackHandler {

        private final Writer out;
        private final TreeMap<Long, String> agencyCodes = new TreeMap<>();
        private String[] report;
        private long reportId;
        private boolean overdue;
        private boolean open;
        private long written;

        Lines(Writer out) {
            this.out = out;
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            var id = row.getLong("id");
            if (report == null || id != reportId) {
                finish();
                start(id, row);
            }
            var agencyCode = row.getString("agency_code");
            if (agencyCode != null) {
                agencyCodes.put(row.getLong("assignment_id"), agencyCode);
            }
            overdue |= open && row.getObject("overdue_since") != null;
        }

        private void start(long id, ResultSet row) throws SQLException {
            var reportStatus = ComplaintStatus.valueOf(row.getString("status"));
            var confidential = row.getBoolean("confidential");
            var rating = row.getInt("rating");
            var rated = !row.wasNull();
            reportId = id;
            open = !reportStatus.isClosed();
            overdue = row.getBoolean("verification_overdue");
            agencyCodes.clear();
            report = new String[] {
                row.getString("tracking_id"),
                row.getString("type"),
                Channel.valueOf(row.getString("channel")).labelEn(row.getString("channel_name")),
                reportStatus.name(),
                orEmpty(row.getString("category_code")),
                orEmpty(row.getString("region_code")),
                null,
                instant(row, "submitted_at"),
                instant(row, "closed_at"),
                null,
                rated ? Integer.toString(rating) : "",
                Boolean.toString(row.getBoolean("anonymous")),
                Boolean.toString(confidential),
                confidential ? "" : row.getString("title")
            };
        }

        /** Writes the report gathered so far, if any. */
        void finish() {
            if (report == null) {
                return;
            }
            report[6] = String.join(";", new LinkedHashSet<>(agencyCodes.values()));
            report[9] = Boolean.toString(overdue);
            try {
                line(out, Arrays.asList(report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written++;
            report = null;
        }
    }

    /** An empty cell for a code the report does not have yet, such as the category of a report by SMS. */
    private static String orEmpty(String code) {
        return code == null ? "" : code;
    }

    private static String instant(ResultSet row, String column) throws SQLException {
        var time = row.getObject(column, OffsetDateTime.class);
        return time == null ? "" : time.toInstant().toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (var i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Leaves out control characters, then makes a would-be formula plain text (so that no control character in
     * front hides one), and quotes the cell when it must be.
     */
    static String cell(String value) {
        if (plain(value)) {
            return value;
        }
        var text = UNPRINTABLE.matcher(value).replaceAll("");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * Whether a cell can go as it is: no character below the space or from DEL on, none a spreadsheet reads as the
     * start of a formula, none that needs quotes. Most cells are, and skip the pattern.
     */
    private static boolean plain(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c < ' ' || c >= '\u007f' || c == ',' || c == '"') {
                return false;
            }
        }
        return true;
    }
}
