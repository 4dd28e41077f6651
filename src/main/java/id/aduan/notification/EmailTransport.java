package id.aduan.notification;

import id.aduan.complaint.ReporterContact;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.*}): rendered by {@link MailComposer}, sent from {@code
 * aduan.notification.from}. The SMTP server's 5xx answers and malformed addresses are permanent failures; everything
 * else is tried again ({@link DeliveryFailures}). The e-mails of one batch go through one SMTP connection when the
 * sender is Spring's {@link JavaMailSenderImpl} (as Spring Boot and the in-process server make it); after a failed
 * e-mail the next one opens a new connection.
 */
@Component
class EmailTransport implements NotificationTransport {

    private static final Logger log = LoggerFactory.getLogger(EmailTransport.class);

    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;

    /**
     * The system property by which jakarta.mail-api finds its {@link StreamProvider} ({@code FactoryFinder}), which
     * it does for every body part, multipart and header block it writes or reads.
     */
    static final String STREAM_PROVIDER = StreamProvider.class.getName();

    EmailTransport(MailComposer composer, JavaMailSender mailSender, NotificationProperties properties) {
        nameStreamProvider();
        this.composer = composer;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /**
     * Names Angus Mail's stream provider, unless the JVM was started with another. Otherwise jakarta.mail-api 2.1
     * searches the class path with a {@link java.util.ServiceLoader} at each of those lookups (jakartaee/mail-api#699,
     * #861): a quarter of the CPU that delivering an e-mail took, and more than half of the in-process SMTP server's.
     * Named, a lookup is a class lookup. Set before the first e-mail is written or received: this transport and the
     * in-process server are made at start-up.
     */
    private static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
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
        return send(notification, values, reporterLink, mailSender::send);
    }

    @Override
    public Handover handover() {
        return mailSender instanceof JavaMailSenderImpl smtp
                ? new Connection(smtp)
                : NotificationTransport.super.handover();
    }

    private String send(
            Notification notification,
            Map<String, Object> values,
            Supplier<String> reporterLink,
            Consumer<MimeMessage> handOver) {
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
            handOver.accept(message);
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

    /**
     * One SMTP connection for the e-mails of a batch, opened for the first: what {@link JavaMailSenderImpl#send} does
     * for each, with the same exceptions, without connecting again for the next.
     */
    private final class Connection implements Handover {

        private final JavaMailSenderImpl smtp;
        private Transport transport;

        Connection(JavaMailSenderImpl smtp) {
            this.smtp = smtp;
        }

        @Override
        public String send(Notification notification, Map<String, Object> values, Supplier<String> reporterLink) {
            return EmailTransport.this.send(notification, values, reporterLink, this::handOver);
        }

        private void handOver(MimeMessage message) {
            if (transport == null) {
                transport = connect(message);
            }
            try {
                if (message.getSentDate() == null) {
                    message.setSentDate(new Date());
                }
                var messageId = message.getMessageID();
                message.saveChanges();
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException failure) {
                // the server's state after a refused e-mail is its own: the next one starts afresh
                close();
                throw new MailSendException(Map.of(message, failure));
            }
        }

        private Transport connect(MimeMessage message) {
            var username = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
            var password = username == null && "".equals(smtp.getPassword()) ? null : smtp.getPassword();
            try {
                var protocol = smtp.getProtocol() != null
                        ? smtp.getProtocol()
                        : smtp.getSession().getProperty("mail.transport.protocol");
                var connection = smtp.getSession().getTransport(protocol == null ? "smtp" : protocol);
                connection.connect(smtp.getHost(), smtp.getPort(), username, password);
                return connection;
            } catch (AuthenticationFailedException failure) {
                throw new MailAuthenticationException(failure);
            } catch (MessagingException failure) {
                throw new MailSendException("Mail server connection failed", failure, Map.of(message, failure));
            }
        }

        @Override
        public void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException failure) {
                log.debug("Closing the SMTP connection failed: {}", failure.getMessage());
            } finally {
                transport = null;
            }
        }
    }
}
