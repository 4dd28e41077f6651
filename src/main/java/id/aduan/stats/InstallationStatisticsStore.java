package id.aduan.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code installation_statistics}: per connected installation, the figures last fetched with their time,
 * and the last failed attempt with its error. A failure keeps the figures; a success keeps the last error with its
 * time, so that operators see when the installation was last unreachable.
 */
@Repository
class InstallationStatisticsStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    InstallationStatisticsStore(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Every installation's stored row by its integration's id. */
    Map<Long, Stored> all() {
        var rows = new HashMap<Long, Stored>();
        jdbc.query("select * from installation_statistics", row -> {
            rows.put(
                    row.getLong("integration_id"),
                    new Stored(
                            row.getString("period"),
                            counts(row.getString("figures")),
                            instant(row.getTimestamp("remote_as_of")),
                            instant(row.getTimestamp("fetched_at")),
                            instant(row.getTimestamp("attempted_at")),
                            instant(row.getTimestamp("failed_at")),
                            row.getString("last_error")));
        });
        return rows;
    }

    /** Records the figures fetched at {@code at}, replacing those fetched before. */
    void fetched(long integrationId, InstallationStatisticsClient.Fetched fetched, Instant at) {
        var values = new MapSqlParameterSource()
                .addValue("id", integrationId)
                .addValue("period", fetched.period())
                .addValue("figures", text(fetched.counts()))
                .addValue("asOf", timestamp(fetched.asOf()))
                .addValue("at", Timestamp.from(at));
        upsert(
                "update installation_statistics set period = :period, figures = :figures, remote_as_of = :asOf,"
                        + " fetched_at = :at, attempted_at = :at where integration_id = :id",
                "insert into installation_statistics (integration_id, period, figures, remote_as_of, fetched_at,"
                        + " attempted_at) values (:id, :period, :figures, :asOf, :at, :at)",
                values);
    }

    /** Records a failed attempt at {@code at} and why, keeping the figures fetched before. */
    void failed(long integrationId, String error, Instant at) {
        var values = new MapSqlParameterSource()
                .addValue("id", integrationId)
                .addValue("error", error)
                .addValue("at", Timestamp.from(at));
        upsert(
                "update installation_statistics set attempted_at = :at, failed_at = :at, last_error = :error"
                        + " where integration_id = :id",
                "insert into installation_statistics (integration_id, attempted_at, failed_at, last_error)"
                        + " values (:id, :at, :at, :error)",
                values);
    }

    /** An update, or the insert when there is no row yet; another node's insert in between is updated instead. */
    private void upsert(String update, String insert, MapSqlParameterSource values) {
        if (jdbc.update(update, values) > 0) {
            return;
        }
        try {
            jdbc.update(insert, values);
        } catch (DuplicateKeyException insertedMeanwhile) {
            jdbc.update(update, values);
        }
    }

    private String text(ComplaintCounts counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures that cannot be written as JSON: " + counts, e);
        }
    }

    private ComplaintCounts counts(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, ComplaintCounts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("installation_statistics.figures is not the JSON of figures: " + text, e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One installation's row. */
    record Stored(
            String period,
            ComplaintCounts counts,
            Instant asOf,
            Instant fetchedAt,
            Instant attemptedAt,
            Instant failedAt,
            String lastError) {}
}
