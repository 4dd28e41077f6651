package id.aduan.complaint;

import id.aduan.PostgresServer;
import id.aduan.PostgresTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The similar open reports on PostgreSQL, as production finds them: full-text search, ranked. */
@PostgresTest
class SimilarReportsPostgresIT extends SimilarReportsTests {

    private final PostgresServer.Database created =
            PostgresServer.fromEnvironment().createDatabase();
    private final DataSource database = new DriverManagerDataSource(
            created.url(), created.server().user(), created.server().password());

    @Override
    DataSource database() {
        return database;
    }

    @AfterEach
    void dropDatabase() {
        created.close();
    }
}
