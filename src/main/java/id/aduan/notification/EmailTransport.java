package id.aduan.notification;

import id.aduan.complaint.ReporterContact;
import jakarta.mail.MessagingException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.*}): rendered by {@link MailComposer}, sent from {@code
 * aduan.notification.from}. The SMTP server's 5xx answers and malformed addresses are permanent failures; everything
 * else is tried again ({@link DeliveryFailures}).
 */
@Component
class EmailTransport implements NotificationTransport {

    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;

    EmailTransport(MailComposer composer, JavaMailSender mailSender, NotificationProperties properties) {
        this.composer = composer;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public Optional<String> reporterAddress(ReporterContact contact) {
        return Optional.ofNullable(contact.email()).filter(email -> !email.isBlank());
    }

    @Override
    public String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink) {
        if (notification.getAudience() == Audience.REPORTER) {
            values.put("link", reporterLink.get());
        }
        var mail = composer.compose(notification.getKind(), notification.getLanguage(), values);
        try {
            var message = mailSender.createMimeMessage();
            try {
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.from());
                helper.setTo(notification.getRecipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), mail.html());
            } catch (MessagingException e) {
                throw new MailPreparationException("E-mail " + notification.getId() + " cannot be built", e);
            }
            mailSender.send(message);
        } catch (MailException failure) {
            var error = DeliveryFailures.describe(failure);
            throw new TransportException(
                    DeliveryFailures.isPermanent(failure),
                    error,
                    "The SMTP server did not take e-mail " + notification.getId() + " (" + error + "). The job is"
                            + " retried as NotificationDeliveryProcess.bpmn sets; check spring.mail.* and the mail"
                            + " server, then retry the incident in Cockpit if the retries ran out.",
                    failure);
        }
        return mail.subject();
    }
}
