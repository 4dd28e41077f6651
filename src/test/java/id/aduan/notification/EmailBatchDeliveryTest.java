package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.Language;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.net.SocketException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mails of a batch go to a real SMTP server (GreenMail) through one connection, each still claimed before and
 * marked sent after it left, so that a failure in the middle of a batch sends nothing twice.
 */
class EmailBatchDeliveryTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final NotificationRepository notifications = mock(NotificationRepository.class);
    private final NotificationOutbox outbox = mock(NotificationOutbox.class);
    private final NotificationProperties properties =
            new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", null, null, 0);
    private final ComplaintSummaries complaints = mock(ComplaintSummaries.class);

    private final Notification receipt = notification("siti@example.org", NotificationKind.RECEIPT);
    private final Notification verifier = notification("verifier@aduan.test", NotificationKind.VERIFICATION_TASK);
    private final Notification supervisor = notification("supervisor@aduan.test", NotificationKind.VERIFICATION_TASK);

    private NotificationService service;

    private static Notification notification(String recipient, NotificationKind kind) {
        var content = "{\"trackingId\":\"ADU-7K3M-9QXH\",\"title\":\"Jalan rusak\",\"type\":\"Pengaduan\","
                + "\"linkValidDays\":30}";
        return new Notification(1L, "batch", kind, recipient, Language.ID, content, Instant.now());
    }

    @BeforeEach
    void setUp() throws Exception {
        smtp.start();
        var session = Session.getInstance(new Properties());
        session.setProvider(
                new Provider(Provider.Type.TRANSPORT, "smtp", CountingTransport.class.getName(), "Aduan tests", "1"));
        var sender = new JavaMailSenderImpl();
        sender.setSession(session);
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        List<NotificationTransport> transports =
                List.of(new EmailTransport(new MailComposer(properties), sender, properties));
        service = DeliveringNotificationService.of(notifications, outbox, complaints, properties, transports);
        when(notifications.findByBatchIdOrderById("batch")).thenReturn(List.of(receipt, verifier, supervisor));
        when(outbox.claim(any())).thenReturn(true);
        when(outbox.reporterToken(receipt)).thenReturn("receipt-token");
        CountingTransport.connections.set(0);
        CountingTransport.dropBefore = null;
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void sendsTheEMailsOfABatchOnceEachThroughOneConnection() throws Exception {
        // when
        service.deliver("batch");

        // then
        assertThat(recipients()).containsExactly("siti@example.org", "verifier@aduan.test", "supervisor@aduan.test");
        assertThat(CountingTransport.connections).hasValue(1);
        verify(outbox).sent(receipt, "ADU-7K3M-9QXH: Laporan Anda telah kami terima");
        verify(outbox).sent(eq(verifier), anyString());
        verify(outbox).sent(eq(supervisor), anyString());
    }

    @Test
    void sendsWhatWasNotHandedOverWhenTheJobIsRetriedAfterTheConnectionBrokeInTheMiddleOfTheBatch() throws Exception {
        // given the connection breaks as the second e-mail goes out
        CountingTransport.dropBefore = "verifier@aduan.test";

        // when the job runs
        assertThatThrownBy(() -> service.deliver("batch"))
                .isInstanceOf(NotificationDeliveryException.class)
                .hasMessageContaining("retry the incident in Cockpit");

        // then the first left and is recorded as sent, the second waits for the retry, the third was not tried
        assertThat(recipients()).containsExactly("siti@example.org");
        verify(outbox).sent(eq(receipt), anyString());
        verify(outbox).release(eq(verifier), contains("Connection reset"));
        verify(outbox, never()).claim(supervisor);

        // and when the job is retried, the outbox no longer hands out the one that was sent
        when(outbox.claim(receipt)).thenReturn(false);
        service.deliver("batch");

        // then each e-mail arrived once, the retry through a connection of its own
        assertThat(recipients()).containsExactly("siti@example.org", "verifier@aduan.test", "supervisor@aduan.test");
        assertThat(CountingTransport.connections).hasValue(2);
        verify(outbox, times(1)).sent(eq(receipt), anyString());
        verify(outbox).sent(eq(verifier), anyString());
        verify(outbox).sent(eq(supervisor), anyString());
    }

    private List<String> recipients() throws MessagingException {
        var recipients = new ArrayList<String>();
        for (var message : smtp.getReceivedMessages()) {
            recipients.add(message.getAllRecipients()[0].toString());
        }
        return recipients;
    }

    /** Angus's SMTP transport that counts its connections and can break one before a recipient's e-mail. */
    public static class CountingTransport extends SMTPTransport {

        static final AtomicInteger connections = new AtomicInteger();
        static volatile String dropBefore;

        public CountingTransport(Session session, URLName url) {
            super(session, url);
        }

        @Override
        protected synchronized boolean protocolConnect(String host, int port, String user, String password)
                throws MessagingException {
            connections.incrementAndGet();
            return super.protocolConnect(host, port, user, password);
        }

        @Override
        public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
            if (Arrays.stream(addresses).anyMatch(address -> address.toString().equals(dropBefore))) {
                dropBefore = null;
                throw new MessagingException("Connection reset", new SocketException("Connection reset"));
            }
            super.sendMessage(message, addresses);
        }
    }
}
