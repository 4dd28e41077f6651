package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The upgrade on H2, the default run's database, with the application's own migration 7. */
@AduanIntegrationTest
class StoredAttachmentsUpgradeIT extends StoredAttachmentsUpgradeTests {

    private final DataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Autowired
    CleanStoredAttachmentsMigration cleaning;

    @Override
    DataSource database() {
        return database;
    }

    @Override
    JavaMigration cleaning() {
        return cleaning;
    }

    @AfterEach
    void dropDatabase() {
        new JdbcTemplate(database).execute("shutdown");
    }

    @Test
    void isTheMigrationSevenThatTheApplicationRanWhenItStarted(@Autowired Flyway flyway) {
        assertThat(flyway.info().applied())
                .filteredOn(migration -> migration.getVersion().getVersion().equals("7"))
                .singleElement()
                .satisfies(migration -> assertThat(migration.getDescription()).isEqualTo("clean stored attachments"))
                .satisfies(migration ->
                        assertThat(migration.getState().isApplied()).isTrue());
    }
}
