package id.aduan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the PostgreSQL server of {@link PostgresServer}. Without one it is skipped with a
 * message, unless {@code aduan.postgres-tests.required=true} (as in CI), where it fails. The tag runs it
 * in the failsafe execution of its own (pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {}
