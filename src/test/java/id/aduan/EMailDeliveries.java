package id.aduan;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the e-mail delivery jobs in full-stack tests, where the job executor is off, and reads what arrived. */
public final class EMailDeliveries {

    private EMailDeliveries() {}

    /** Runs the delivery jobs that are due, as the job executor would, until none is left. */
    public static void deliverQueued(ManagementService management) {
        var due = management
                .createJobQuery()
                .processDefinitionKey("NotificationDeliveryProcess")
                .executable()
                .list();
        while (!due.isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
            due = management
                    .createJobQuery()
                    .processDefinitionKey("NotificationDeliveryProcess")
                    .executable()
                    .list();
        }
    }

    /**
     * Waits until the outbox holds as many e-mails of a kind about a report as given, which another thread queues
     * (a reporter's request for a new link), then runs the delivery jobs.
     */
    public static void deliverOnceQueued(
            JdbcTemplate jdbc, ManagementService management, String trackingId, String kind, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification n join complaint c on c.id = n.complaint_id"
                                        + " where c.tracking_id = ? and n.kind = ?",
                                Integer.class,
                                trackingId,
                                kind)
                        >= count);
        deliverQueued(management);
    }

    /** The e-mails to an address whose subject starts with the text, such as a tracking ID. */
    public static List<MimeMessage> to(List<MimeMessage> mails, String address, String subjectStart) {
        return mails.stream()
                .filter(mail -> {
                    try {
                        return mail.getSubject().startsWith(subjectStart)
                                && mail.getAllRecipients()[0].toString().equals(address);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The access token in the link to the reporter's view that an e-mail holds. */
    public static String reporterToken(MimeMessage mail) {
        var link = Pattern.compile("/laporan/ADU-[0-9A-Z-]+\\?token=([A-Za-z0-9_-]+)")
                .matcher(readableText(mail));
        if (!link.find()) {
            throw new AssertionError("No link to the reporter's view in: " + readableText(mail));
        }
        return link.group(1);
    }

    /** Everything a recipient reads in the e-mail, decoded: its subject and every text part. */
    public static String readableText(Part mail) {
        try {
            var text = new StringBuilder();
            if (mail instanceof jakarta.mail.Message message) {
                text.append(message.getSubject()).append('\n');
            }
            var content = mail.getContent();
            if (content instanceof Multipart parts) {
                for (var i = 0; i < parts.getCount(); i++) {
                    text.append(readableText(parts.getBodyPart(i)));
                }
            } else if (content instanceof String string) {
                text.append(string).append('\n');
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the e-mail: " + e.getMessage(), e);
        }
    }
}
