package id.aduan.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the default run, when no {@code spring.mail.host} is configured, Aduan starts an SMTP server of its own
 * (GreenMail, on 127.0.0.1) so that e-mail really goes through SMTP with nothing installed. System administrators
 * read what it received at {@code /staff/mailbox}. Every other {@code spring.mail.*} property still applies. It logs
 * no recipient's address ({@code logging.level.com.icegreen.greenmail} in application.yml). Outside the default
 * run Aduan needs a real SMTP server ({@code id.aduan.system.ProductionSettings}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedMailServer
@EnableConfigurationProperties(MailProperties.class)
public class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(NotificationProperties properties) {
        var server =
                new GreenMail(new ServerSetup(properties.embeddedSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info(
                "No spring.mail.host is configured: e-mail goes to the in-process SMTP server on 127.0.0.1:{};"
                        + " system administrators read it at /staff/mailbox. Set spring.mail.host to use a real mail"
                        + " server.",
                server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedSmtpServer, MailProperties mail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setProtocol(mail.getProtocol());
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        sender.getJavaMailProperties().putAll(mail.getProperties());
        return sender;
    }

    /** What the in-process server received, newest first. */
    @Bean
    Mailbox mailbox(GreenMail embeddedSmtpServer) {
        return () -> {
            var received = new ArrayList<>(Arrays.asList(embeddedSmtpServer.getReceivedMessages()));
            Collections.reverse(received);
            return received;
        };
    }

    /** The e-mails the in-process SMTP server received. */
    public interface Mailbox {
        List<MimeMessage> messages();
    }
}
