package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aduan.EMailDeliveries;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.Language;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** How the outbox hands e-mails to the SMTP server: once each, retrying only what may succeed later. */
class NotificationDeliveryTest {

    private final NotificationRepository notifications = mock(NotificationRepository.class);
    private final NotificationOutbox outbox = mock(NotificationOutbox.class);
    private final JavaMailSender mailSender = mock(JavaMailSender.class);
    private final NotificationProperties properties =
            new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", null, null, 0);
    private final ComplaintSummaries complaints = mock(ComplaintSummaries.class);
    private final List<NotificationTransport> transports =
            List.of(new EmailTransport(new MailComposer(properties), mailSender, properties));
    private final NotificationService service =
            DeliveringNotificationService.of(notifications, outbox, complaints, properties, transports);

    private final Notification first = notification("siti@example.org", NotificationKind.RECEIPT);
    private final Notification second = notification("budi@example.org", NotificationKind.RECEIPT);

    /** As the outbox holds them: what the e-mail says, without the reporter's link. */
    private static Notification notification(String recipient, NotificationKind kind) {
        var content = "{\"trackingId\":\"ADU-7K3M-9QXH\",\"title\":\"Jalan rusak\",\"type\":\"Pengaduan\","
                + "\"linkValidDays\":30}";
        return new Notification(1L, "batch", kind, recipient, Language.ID, content, Instant.now());
    }

    @BeforeEach
    void setUp() {
        when(notifications.findByBatchIdOrderById("batch")).thenReturn(List.of(first, second));
        when(mailSender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
        when(outbox.claim(any())).thenReturn(true);
        when(outbox.reporterToken(first)).thenReturn("first-token");
        when(outbox.reporterToken(second)).thenReturn("second-token");
    }

    @Test
    void sendsEachEMailOfTheBatchAndRecordsItsSubject() throws Exception {
        service.deliver("batch");

        verify(mailSender, org.mockito.Mockito.times(2)).send(any(MimeMessage.class));
        verify(outbox).sent(first, "ADU-7K3M-9QXH: Laporan Anda telah kami terima");
        verify(outbox).sent(second, "ADU-7K3M-9QXH: Laporan Anda telah kami terima");
    }

    @Test
    void linksEachReporterEMailWithATokenOfItsOwnStoredBeforeTheEMailLeaves() {
        // when
        service.deliver("batch");

        // then each e-mail's link carries the token made for it
        var sent = ArgumentCaptor.forClass(MimeMessage.class);
        verify(mailSender, org.mockito.Mockito.times(2)).send(sent.capture());
        assertThat(EMailDeliveries.readableText(sent.getAllValues().get(0)))
                .contains("https://aduan.test/laporan/ADU-7K3M-9QXH?token=first-token", "berlaku 30 hari");
        assertThat(EMailDeliveries.readableText(sent.getAllValues().get(1)))
                .contains("https://aduan.test/laporan/ADU-7K3M-9QXH?token=second-token");
        // and the token was stored (in a transaction of its own) before the e-mail went to the SMTP server
        var order = inOrder(outbox, mailSender);
        order.verify(outbox).claim(first);
        order.verify(outbox).reporterToken(first);
        order.verify(mailSender).send(any(MimeMessage.class));
        order.verify(outbox).sent(eq(first), anyString());
    }

    @Test
    void skipsWhatAnotherJobClaimedWithoutMakingItAToken() {
        when(outbox.claim(first)).thenReturn(false);

        service.deliver("batch");

        verify(outbox, never()).reporterToken(first);
        verify(outbox, never()).sent(eq(first), anyString());
        verify(outbox).sent(eq(second), anyString());
    }

    @Test
    void makesNoTokenForStaffEMails() {
        var staff = notification("verifier@demo.aduan.invalid", NotificationKind.VERIFICATION_TASK);
        when(notifications.findByBatchIdOrderById("staff")).thenReturn(List.of(staff));

        service.deliver("staff");

        verify(outbox, never()).reporterToken(any());
        verify(outbox).sent(eq(staff), anyString());
    }

    @Test
    void keepsTheEMailPendingAndFailsTheJobWhenItsTokenCannotBeStored() {
        when(outbox.reporterToken(first)).thenThrow(new DataAccessResourceFailureException("database down"));

        assertThatThrownBy(() -> service.deliver("batch"))
                .isInstanceOf(NotificationDeliveryException.class)
                .hasMessageContaining("could not be stored");
        verify(outbox).release(eq(first), anyString());
        verify(mailSender, never()).send(any(MimeMessage.class));
    }

    @Test
    void recordsAnAddressTheServerRejectsAndGoesOn() throws Exception {
        var rejected = new SMTPAddressFailedException(
                new InternetAddress("siti@example.org"), "RCPT TO", 550, "5.1.1 siti@example.org: user unknown");
        doThrow(new MailSendException("Failed messages", rejected))
                .doNothing()
                .when(mailSender)
                .send(any(MimeMessage.class));

        service.deliver("batch");

        verify(outbox).fail(first, "5.1.1 <address>: user unknown");
        verify(outbox).sent(eq(second), anyString());
    }

    @Test
    void keepsTheEMailPendingAndFailsTheJobWhileTheServerIsDown() {
        doThrow(new MailSendException("Mail server connection failed", new ConnectException("Connection refused")))
                .when(mailSender)
                .send(any(MimeMessage.class));

        assertThatThrownBy(() -> service.deliver("batch"))
                .isInstanceOf(NotificationDeliveryException.class)
                .hasMessageContaining("retry the incident in Cockpit");
        verify(outbox).release(first, "Connection refused");
        verify(outbox, never()).sent(any(), anyString());
        verify(outbox, never()).claim(second);
    }
}
