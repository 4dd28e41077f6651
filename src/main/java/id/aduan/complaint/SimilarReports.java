package id.aduan.complaint;

import id.aduan.system.Databases;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open reports that may be about the same matter as a report, for the verifier to mark it a duplicate: those of
 * its category and region (neither archived nor completed) that share words with its title and description, the most
 * alike first. Words are the report's own of at least four letters or digits, without the commonest Indonesian ones.
 * On PostgreSQL, full-text search ranks them ({@code to_tsvector('simple', …)} against the words joined by "or",
 * {@code ts_rank}); on H2 (the default run), the number of those words each report contains. Only the {@link
 * #CANDIDATES} most recent open reports of the category and region are compared (the index
 * {@code complaint_category_region_submitted_idx} finds them), which keeps a filing's cost flat.
 */
@Component
class SimilarReports {

    /** The most the verification form offers. */
    static final int LIMIT = 5;

    /** The report's words looked for, title first: enough to tell a matter, few enough for one query. */
    static final int MAX_WORDS = 20;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> COMMON_WORDS = Set.of(
            "yang",
            "dengan",
            "untuk",
            "dari",
            "pada",
            "sudah",
            "tidak",
            "sejak",
            "dalam",
            "karena",
            "atau",
            "juga",
            "akan",
            "kami",
            "saya",
            "kita",
            "mereka",
            "sangat",
            "lebih",
            "belum",
            "bisa",
            "dapat",
            "oleh",
            "para",
            "agar",
            "supaya",
            "sebagai",
            "tersebut",
            "telah",
            "masih",
            "hari",
            "minggu",
            "bulan",
            "tahun",
            "selama",
            "terakhir",
            "mohon",
            "tolong",
            "warga",
            "there",
            "that",
            "this",
            "with",
            "from",
            "have");

    /**
     * The most recent open reports of a category and region that are compared, so that filing a report costs the same
     * with ten or ten thousand open reports there: a repeat of a matter is filed while the first is fresh.
     */
    static final int CANDIDATES = 100;

    private static final String RECENT_OPEN_IN_CATEGORY_AND_REGION =
            " from (select c.id, c.tracking_id, c.title, c.description, c.status, c.confidential, c.submitted_at"
                    + " from complaint c where c.category_code = :categoryCode and c.region_code = :regionCode"
                    + " and c.status not in ('ARCHIVED', 'COMPLETED') and c.id <> :complaintId"
                    + " order by c.submitted_at desc, c.id desc limit :candidates) c";

    private static final String TEXT = "(c.title || ' ' || coalesce(c.description, ''))";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;

    SimilarReports(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.of(dataSource) == DatabaseDriver.POSTGRESQL;
    }

    /** A report that may be about the same matter: its title is for the verifier only, never for another page. */
    record SimilarReport(String trackingId, String title, ComplaintStatus status, boolean confidential) {}

    /**
     * The open reports like this one, the most alike first; none when it has no category or region yet (a report by
     * SMS) or no words to compare.
     */
    List<SimilarReport> of(long complaintId, String categoryCode, String regionCode, String title, String description) {
        var words = words(title, description);
        if (categoryCode == null || regionCode == null || words.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource()
                .addValue("complaintId", complaintId)
                .addValue("categoryCode", categoryCode)
                .addValue("regionCode", regionCode)
                .addValue("limit", LIMIT)
                .addValue("candidates", CANDIDATES);
        String sql;
        if (postgres) {
            parameters.addValue("query", String.join(" | ", words));
            sql = "select c.tracking_id, c.title, c.status, c.confidential" + RECENT_OPEN_IN_CATEGORY_AND_REGION
                    + " where to_tsvector('simple', " + TEXT + ") @@ to_tsquery('simple', :query)"
                    + " order by ts_rank(to_tsvector('simple', " + TEXT + "), to_tsquery('simple', :query)) desc,"
                    + " c.submitted_at desc, c.id desc limit :limit";
        } else {
            var shared = new ArrayList<String>();
            for (var i = 0; i < words.size(); i++) {
                parameters.addValue("word" + i, "%" + words.get(i) + "%");
                shared.add("case when lower" + TEXT + " like :word" + i + " then 1 else 0 end");
            }
            sql = "select * from (select c.tracking_id, c.title, c.status, c.confidential, c.submitted_at, c.id, ("
                    + String.join(" + ", shared) + ") as shared" + RECENT_OPEN_IN_CATEGORY_AND_REGION + ") s"
                    + " where s.shared > 0 order by s.shared desc, s.submitted_at desc, s.id desc limit :limit";
        }
        return jdbc.query(
                sql,
                parameters,
                (row, number) -> new SimilarReport(
                        row.getString("tracking_id"),
                        row.getString("title"),
                        ComplaintStatus.valueOf(row.getString("status")),
                        row.getBoolean("confidential")));
    }

    /** The words compared: lower case, letters and digits only, so nothing in them is query syntax. */
    static List<String> words(String title, String description) {
        var words = new LinkedHashSet<String>();
        for (var text : new String[] {title, description}) {
            if (text == null) {
                continue;
            }
            for (var word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
                if (word.length() >= 4 && !COMMON_WORDS.contains(word) && words.size() < MAX_WORDS) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }
}
