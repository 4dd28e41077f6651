package id.aduan;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;

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
