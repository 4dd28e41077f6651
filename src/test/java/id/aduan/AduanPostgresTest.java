package id.aduan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-stack test on PostgreSQL: the whole application on a random port with the production profile
 * {@code postgres} and the settings production needs ({@link ProductionEnvironment}: an SMTP server of the test's
 * own, which tests may autowire, the administrator's password and a public address), a database of its own (created
 * empty, dropped afterwards), demo staff, and the job executor running as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aduan.demo.enabled=true")
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = {PostgresDatabaseInitializer.class, ProductionEnvironmentInitializer.class})
@DirtiesContext
public @interface AduanPostgresTest {}
