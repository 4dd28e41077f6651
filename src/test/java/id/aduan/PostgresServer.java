package id.aduan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server of the PostgreSQL tests, from the environment: {@code ADUAN_TEST_DB_HOST}
 * (localhost), {@code ADUAN_TEST_DB_PORT} (5432), {@code ADUAN_TEST_DB_USER} (postgres) and
 * {@code ADUAN_TEST_DB_PASSWORD} (empty). The user must be allowed to create databases.
 */
public record PostgresServer(String host, int port, String user, String password) {

    public static PostgresServer fromEnvironment() {
        return new PostgresServer(
                env("ADUAN_TEST_DB_HOST", "localhost"),
                Integer.parseInt(env("ADUAN_TEST_DB_PORT", "5432")),
                env("ADUAN_TEST_DB_USER", "postgres"),
                env("ADUAN_TEST_DB_PASSWORD", ""));
    }

    /** Why the server cannot be used, or nothing when it answers. */
    public Optional<String> unavailability() {
        try (var connection = connect("postgres")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A new, empty database named {@code aduan_test_<random>}; closing it drops it. */
    public Database createDatabase() {
        var name = "aduan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return new Database(this, name);
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(database), properties);
    }

    private void execute(String sql) {
        try (var connection = connect("postgres");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on PostgreSQL at " + this, e);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }

    /** One test database; {@link #close()} drops it, ending any connection left to it. */
    public record Database(PostgresServer server, String name) implements AutoCloseable {

        public String url() {
            return server.url(name);
        }

        /** The settings that point Aduan's {@code postgres} profile at this database. */
        public Map<String, String> springProperties() {
            return Map.of(
                    "spring.datasource.url", url(),
                    "spring.datasource.username", server.user(),
                    "spring.datasource.password", server.password());
        }

        @Override
        public void close() {
            server.execute("drop database if exists " + name + " with (force)");
        }
    }
}
