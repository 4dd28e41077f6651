package id.aduan.complaint;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The similar open reports on H2, as the default run keeps them: shared words counted. */
class SimilarReportsTest extends SimilarReportsTests {

    private final DataSource database =
            new DriverManagerDataSource("jdbc:h2:mem:similar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    @Override
    DataSource database() {
        return database;
    }
}
