package id.aduan.complaint;

import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 7: cleans the files stored before Aduan removed their metadata, once, with the same
 * {@link AttachmentCleaner} as new files, and their names with them. A file that cannot be cleaned (damaged, an
 * encrypted PDF, a photo of too many pixels) is removed, since its original bytes must not stay. As every migration,
 * it runs in one transaction while Flyway holds its lock in the database: the first node to start cleans, the others
 * wait for it and then find the migration done.
 */
@Component
class CleanStoredAttachmentsMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(CleanStoredAttachmentsMigration.class);
    private static final int PROGRESS_EVERY = 100;

    private final AttachmentCleaner cleaner;

    CleanStoredAttachmentsMigration(AttachmentCleaner cleaner) {
        this.cleaner = cleaner;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "clean stored attachments";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        var jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        var ids = jdbc.queryForList("select id from complaint_attachment order by id", Long.class);
        var cleaned = 0;
        var removed = 0;
        for (var id : ids) {
            if (clean(jdbc, id)) {
                cleaned++;
            } else {
                removed++;
            }
            if ((cleaned + removed) % PROGRESS_EVERY == 0 || cleaned + removed == ids.size()) {
                log.info("Cleaned {} of {} attachments", count(cleaned + removed), count(ids.size()));
            }
        }
        log.info("Stored attachments cleaned of their metadata: {} kept, {} removed", count(cleaned), count(removed));
    }

    /** Writes the file anew, or removes it when it cannot be cleaned; false when it was removed. */
    private boolean clean(JdbcTemplate jdbc, long id) {
        var stored = jdbc.queryForObject(
                "select file_name, content from complaint_attachment where id = ?",
                (row, rowNumber) -> new NewAttachment(row.getString(1), row.getBytes(2)),
                id);
        try {
            var file = cleaner.clean(stored);
            jdbc.update(
                    "update complaint_attachment set file_name = ?, content_type = ?, size_bytes = ?, content = ?"
                            + " where id = ?",
                    file.fileName(),
                    file.type().contentType(),
                    file.content().length,
                    file.content(),
                    id);
            return true;
        } catch (AttachmentRejectedException rejected) {
            log.warn("Removed attachment {}: it cannot be cleaned ({})", id, rejected.reason());
            jdbc.update("delete from complaint_attachment where id = ?", id);
            return false;
        }
    }

    private static String count(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
