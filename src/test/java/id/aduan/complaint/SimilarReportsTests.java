package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.complaint.SimilarReports.SimilarReport;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The query behind the verification form's similar open reports, on a database migrated as Aduan migrates it: H2
 * ({@link SimilarReportsTest}) counts shared words, PostgreSQL ({@link SimilarReportsPostgresIT}) ranks by full-text
 * search. Both find the same reports here; only the order among equally good ones may differ.
 */
abstract class SimilarReportsTests {

    private static final Instant FILED = Instant.parse("2026-03-02T02:00:00Z");

    private JdbcTemplate jdbc;
    private SimilarReports similar;
    private int filed;

    /** An empty database of the test's own. */
    abstract DataSource database();

    @BeforeEach
    void migrate() {
        var database = database();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(database);
        similar = new SimilarReports(new NamedParameterJdbcTemplate(database), database);
    }

    @Test
    void findsOpenReportsOfTheSameCategoryAndRegionThatShareWordsTheMostAlikeFirst() {
        // given a new report about a closed health centre in Sekayu, and others
        var report = file("Puskesmas Sekayu tutup di jam layanan", "HEALTH_FACILITY", "16.06", "SUBMITTED", false);
        var sameMatter = file("Puskesmas Sekayu tutup pagi hari", "HEALTH_FACILITY", "16.06", "IN_PROGRESS", false);
        var lessAlike = file("Antrean panjang di puskesmas", "HEALTH_FACILITY", "16.06", "FORWARDED", false);
        var confidential = file("Sekayu: dokter puskesmas tidak datang", "HEALTH_FACILITY", "16.06", "SUBMITTED", true);
        file("Puskesmas Sekayu tutup di jam layanan", "HEALTH_FACILITY", "16.06", "COMPLETED", false);
        file("Puskesmas Sekayu tutup di jam layanan", "HEALTH_FACILITY", "16.06", "ARCHIVED", false);
        file("Puskesmas Sekayu tutup di jam layanan", "HEALTH_FACILITY", "16.02", "SUBMITTED", false);
        file("Puskesmas Sekayu tutup di jam layanan", "ROADS", "16.06", "SUBMITTED", false);
        file("Jalan berlubang di desa", "HEALTH_FACILITY", "16.06", "SUBMITTED", false);

        // when
        var found = similarTo(report, "Puskesmas Sekayu tutup di jam layanan");

        // then only open reports of its category and region that share its words, never itself, the most alike first
        assertThat(found).extracting(SimilarReport::trackingId).first().isEqualTo(sameMatter);
        assertThat(found)
                .extracting(SimilarReport::trackingId)
                .containsExactlyInAnyOrder(sameMatter, lessAlike, confidential);
        assertThat(found)
                .filteredOn(SimilarReport::confidential)
                .extracting(SimilarReport::trackingId)
                .containsExactly(confidential);
        assertThat(found.get(0).status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    }

    @Test
    void offersAtMostFiveAndNoneWithoutCategoryRegionOrWords() {
        // given
        var report = file("Lampu jalan padam di Sekayu", "ROADS", "16.06", "SUBMITTED", false);
        for (var i = 0; i < SimilarReports.LIMIT + 2; i++) {
            file("Lampu jalan padam nomor " + i, "ROADS", "16.06", "FORWARDED", false);
        }

        // then
        assertThat(similarTo(report, "Lampu jalan padam di Sekayu")).hasSize(SimilarReports.LIMIT);
        assertThat(similar.of(idOf(report), null, "16.06", "Lampu jalan padam", ""))
                .isEmpty();
        assertThat(similar.of(idOf(report), "ROADS", null, "Lampu jalan padam", ""))
                .isEmpty();
        assertThat(similar.of(idOf(report), "ROADS", "16.06", "di, ke!", "yang dan"))
                .isEmpty();
    }

    @Test
    void takesWordsAsTextNeverAsQuerySyntax() {
        // given a report whose words look like query operators and wildcards
        var report = file("Jembatan % putus _ | & ! ' or 1=1", "ROADS", "16.06", "SUBMITTED", false);
        var other = file("Jembatan gantung putus", "ROADS", "16.06", "SUBMITTED", false);

        // then the query still runs, on the words alone
        assertThat(SimilarReports.words("Jembatan % putus _ | & ! ' or 1=1", null))
                .containsExactly("jembatan", "putus");
        assertThat(similarTo(report, "Jembatan % putus _ | & ! ' or 1=1"))
                .extracting(SimilarReport::trackingId)
                .containsExactly(other);
    }

    private List<SimilarReport> similarTo(String trackingId, String title) {
        return similar.of(idOf(trackingId), categoryOf(trackingId), "16.06", title, title + ".");
    }

    private String file(String title, String categoryCode, String regionCode, String status, boolean confidential) {
        var trackingId = "ADU-SIM-" + String.format("%04d", ++filed);
        jdbc.update(
                "insert into complaint (tracking_id, type, title, description, category_code, region_code, anonymous,"
                        + " confidential, status, submitted_at, verification_overdue, version, channel)"
                        + " values (?, 'COMPLAINT', ?, ?, ?, ?, false, ?, ?, ?, false, 0, 'WEB')",
                trackingId,
                title,
                title + ".",
                categoryCode,
                regionCode,
                confidential,
                status,
                Timestamp.from(FILED.plusSeconds(filed)));
        return trackingId;
    }

    private long idOf(String trackingId) {
        return jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
    }

    private String categoryOf(String trackingId) {
        return jdbc.queryForObject(
                "select category_code from complaint where tracking_id = ?", String.class, trackingId);
    }
}
