package id.aduan.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code aduan.notification.*}); the SMTP server itself is configured with the standard
 * {@code spring.mail.*} properties.
 *
 * @param from the sender of every e-mail
 * @param publicBaseUrl where reporters and staff reach Aduan, for the links in e-mails
 * @param templateDirectory a folder whose {@code <language>/<template>.html} files replace the built-in
 *     templates of the same name, or empty
 * @param claimTimeout after how long an e-mail claimed by a job that never finished may be sent again
 * @param embeddedSmtpPort the port of the default run's in-process SMTP server, used when no spring.mail.host is set (0:
 *     any free port)
 */
@ConfigurationProperties(prefix = "aduan.notification")
public record NotificationProperties(
        @DefaultValue("Aduan <no-reply@aduan.localhost>") String from,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        Path templateDirectory,
        @DefaultValue("PT2M") Duration claimTimeout,
        @DefaultValue("0") int embeddedSmtpPort) {}
