package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.PostgresServer;
import id.aduan.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The upgrade on PostgreSQL, as production runs it, with nodes that share the database. */
@PostgresTest
class StoredAttachmentsUpgradePostgresIT extends StoredAttachmentsUpgradeTests {

    private final PostgresServer.Database created =
            PostgresServer.fromEnvironment().createDatabase();
    private final DataSource database = new DriverManagerDataSource(
            created.url(), created.server().user(), created.server().password());

    @Override
    DataSource database() {
        return database;
    }

    @Override
    JavaMigration cleaning() {
        return new CleanStoredAttachmentsMigration(AttachmentCleanerTest.cleaner());
    }

    @AfterEach
    void dropDatabase() {
        created.close();
    }

    @Test
    void cleansOnceWhenSeveralNodesStartAtOnce() throws Exception {
        // given
        var ids = reportWithFilesAsSent();

        // when three nodes start at the same time
        var pending = pendingMigrations();
        var executed = startNodesAtOnce(3);

        // then each migration ran once, on whichever node took Flyway's lock for it, the cleaning among them
        assertThat(executed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(pending);
        assertThat(history("7")).containsExactly("clean stored attachments");
        FilesWithMetadata.assertPhotoWithoutMetadata(file(ids[0]).content());
    }

    private List<Integer> startNodesAtOnce(int nodes) throws Exception {
        var executor = Executors.newFixedThreadPool(nodes);
        try {
            var starts = new ArrayList<Future<Integer>>();
            for (var i = 0; i < nodes; i++) {
                starts.add(executor.submit((Callable<Integer>) this::startNode));
            }
            var executed = new ArrayList<Integer>();
            for (var start : starts) {
                executed.add(start.get());
            }
            return executed;
        } finally {
            executor.shutdown();
        }
    }
}
