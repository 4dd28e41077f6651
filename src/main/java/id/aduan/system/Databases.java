package id.aduan.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database Aduan runs on, for the few queries that PostgreSQL and H2 write differently. */
public final class Databases {

    private Databases() {}

    /** The database behind the data source, such as {@link DatabaseDriver#POSTGRESQL} or {@link DatabaseDriver#H2}. */
    public static DatabaseDriver of(DataSource dataSource) {
        try {
            return DatabaseDriver.fromProductName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database Aduan's data source is", e);
        }
    }
}
