package id.aduan;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives an application context an empty PostgreSQL database of its own, which Aduan's {@code postgres}
 * profile fills as in production, and drops it after the context has closed.
 */
class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = PostgresServer.fromEnvironment().createDatabase();
        TestPropertyValues.of(database.springProperties()).applyTo(context);
        // Registered before any bean exists, so it is destroyed last, after the connection pool has closed.
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("postgresTestDatabase", database::close);
    }
}
