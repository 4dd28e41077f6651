package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upgrading to the version that cleans attachments: Aduan's tables as the version before left them, with files
 * stored as reporters sent them, and nodes of the new version starting on them, each running Flyway as Aduan does.
 * The subclasses run it on H2 and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StoredAttachmentsUpgradeTests {

    private static final Instant STORED_AT = Instant.parse("2026-03-02T02:00:00Z");

    /** The last migration of the version before this one: the tables that migration 7 finds. */
    private static final String VERSION_BEFORE = "5";

    private JdbcTemplate jdbc;

    /** An empty database of the test's own. */
    abstract DataSource database();

    /** Migration 7, as the application registers it with Flyway. */
    abstract JavaMigration cleaning();

    @BeforeEach
    void migrateAsTheVersionBeforeDid() {
        jdbc = new JdbcTemplate(database());
        flyway().target(VERSION_BEFORE).load().migrate();
        assertThat(history("7")).isEmpty();
    }

    @Test
    void cleansEveryStoredFileOnceAndRemovesTheFilesItCannotRead(CapturedOutput output) {
        // given a phone's photo under a name with a right-to-left override, a scanned letter and junk named PDF
        var ids = reportWithFilesAsSent();

        // when a node of the new version starts
        var pending = pendingMigrations();
        var executed = startNode();

        // then the photo is written anew without metadata, turned upright, under its name without the override
        assertThat(executed).isEqualTo(pending);
        var photo = file(ids[0]);
        assertThat(photo.fileName()).isEqualTo("Dewigpj.exe.jpg");
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.sizeBytes()).isEqualTo(photo.content().length);
        FilesWithMetadata.assertPhotoWithoutMetadata(photo.content());
        assertThat(FilesWithMetadata.picture(photo.content()).getWidth()).isEqualTo(48);
        // and the letter without its author, creator, XMP, script and embedded file
        FilesWithMetadata.assertPdfWithoutMetadata(file(ids[1]).content());
        // and the junk, which cannot be cleaned, is gone
        assertThat(file(ids[2])).isNull();
        assertThat(output).contains("Cleaned 3 of 3 attachments").doesNotContain("Dewi");
        assertThat(history("7")).containsExactly("clean stored attachments");

        // when another node starts later
        var later = startNode();

        // then it cleans nothing again
        assertThat(later).isZero();
        assertThat(file(ids[0]).content()).isEqualTo(photo.content());
    }

    /** How many migrations a node of the new version will run: migration 7 and those after it. */
    int pendingMigrations() {
        return flyway().javaMigrations(cleaning()).load().info().pending().length;
    }

    /** How many migrations a node of the new version ran when it started. */
    int startNode() {
        return flyway().javaMigrations(cleaning()).load().migrate().migrationsExecuted;
    }

    /** An anonymous report with three files, as the version before stored them: their ids. */
    long[] reportWithFilesAsSent() {
        jdbc.update(
                "insert into complaint (tracking_id, type, title, description, category_code, region_code, anonymous,"
                        + " confidential, status, submitted_at, verification_overdue, version)"
                        + " values ('ADU-UPGR-0001', 'COMPLAINT', 'Puskesmas tutup', 'Puskesmas tutup di jam layanan.',"
                        + " 'HEALTH_FACILITY', '16.06', true, false, 'SUBMITTED', ?, false, 0)",
                Timestamp.from(STORED_AT));
        var complaintId =
                jdbc.queryForObject("select id from complaint where tracking_id = 'ADU-UPGR-0001'", Long.class);
        return new long[] {
            insert(complaintId, "Dewi\u202Egpj.exe.jpg", "image/jpeg", FilesWithMetadata.jpeg()),
            insert(complaintId, "surat Dewi Lestari.pdf", "application/pdf", FilesWithMetadata.pdf()),
            insert(
                    complaintId,
                    "rusak.pdf",
                    "application/pdf",
                    "%PDF-1.4\nbukan PDF\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
        };
    }

    private long insert(long complaintId, String name, String contentType, byte[] content) {
        jdbc.update(
                "insert into complaint_attachment (complaint_id, file_name, content_type, size_bytes, content,"
                        + " created_at) values (?, ?, ?, ?, ?, ?)",
                complaintId,
                name,
                contentType,
                content.length,
                content,
                Timestamp.from(STORED_AT));
        return jdbc.queryForObject("select max(id) from complaint_attachment", Long.class);
    }

    StoredFile file(long id) {
        return jdbc
                .query(
                        "select file_name, content_type, size_bytes, content from complaint_attachment where id = ?",
                        (row, rowNumber) ->
                                new StoredFile(row.getString(1), row.getString(2), row.getLong(3), row.getBytes(4)),
                        id)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The descriptions of the migrations of that version that Flyway applied. */
    List<String> history(String version) {
        return Arrays.stream(flyway().load().info().applied())
                .filter(migration -> migration.getState().isApplied()
                        && migration.getVersion().getVersion().equals(version))
                .map(MigrationInfo::getDescription)
                .toList();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database()).locations("classpath:db/migration");
    }

    record StoredFile(String fileName, String contentType, long sizeBytes, byte[] content) {}
}
