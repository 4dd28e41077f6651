package id.aduan.notification.web;

import id.aduan.notification.ConditionalOnEmbeddedMailServer;
import id.aduan.notification.EmbeddedMailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The in-process SMTP server's mailbox, for system administrators, in the default run without a mail server of its
 * own. It shows reporters' addresses and private links, so it exists nowhere else.
 */
@Controller
@ConditionalOnEmbeddedMailServer
class MailboxController {

    private static final int SHOWN = 200;

    private final EmbeddedMailServer.Mailbox mailbox;

    MailboxController(EmbeddedMailServer.Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/staff/mailbox")
    String mailbox(Model model) throws MessagingException, IOException {
        var messages = mailbox.messages();
        model.addAttribute("total", messages.size());
        model.addAttribute(
                "mails",
                messages.stream().limit(SHOWN).map(MailboxController::view).toList());
        return "staff/mailbox";
    }

    private static ReceivedMail view(MimeMessage message) {
        try {
            var sent = message.getSentDate();
            return new ReceivedMail(
                    sent == null ? null : sent.toInstant(),
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .collect(Collectors.joining(", ")),
                    message.getSubject(),
                    text(message));
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(null, "?", "(unreadable message)", e.getMessage());
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var text = text(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    record ReceivedMail(Instant sentAt, String to, String subject, String text) {}
}
