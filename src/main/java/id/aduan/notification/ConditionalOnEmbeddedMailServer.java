package id.aduan.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;

/**
 * Matches in the default run ({@code aduan.development}) when no mail server is configured: there, and only there,
 * Aduan runs its in-process SMTP server and shows what it received at {@code /staff/mailbox}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty("aduan.development")
@Conditional(NoMailHostConfigured.class)
public @interface ConditionalOnEmbeddedMailServer {}
