package id.aduan.notification;

import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.system.FieldProblemException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS gateway's delivery reports ({@code dlr-url}), recorded on the SMS they are about. They arrive in any order:
 * a final report (delivered, failed, rejected) is never replaced by an intermediate one. An SMS that did not reach
 * the phone is said on the report's timeline, once, as a refused e-mail is.
 */
@Service
public class SmsDeliveryReports {

    /** The message's own first words that SMS centres put in their answer ({@code text:…}): not ours to keep. */
    private static final Pattern MESSAGE_TEXT = Pattern.compile("(?i)\\btext:.*$", Pattern.DOTALL);

    private final NotificationRepository notifications;
    private final ComplaintLifecycle lifecycle;
    private final Clock clock;

    SmsDeliveryReports(NotificationRepository notifications, ComplaintLifecycle lifecycle, Clock clock) {
        this.notifications = notifications;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /**
     * Records a delivery report.
     *
     * @param notificationId the id Aduan put in the {@code dlr-url}
     * @param type Kannel's report type ({@code %d}): 1, 2, 4, 8 or 16
     * @param answer the SMS centre's answer ({@code %A}), kept without the message's text and with the number masked
     * @throws FieldProblemException for a type Kannel does not send
     * @throws UnknownNotificationException when no SMS has the id
     */
    @Transactional
    public void record(long notificationId, int type, String answer) {
        var report = DeliveryReport.ofKannelType(type)
                .orElseThrow(() ->
                        new FieldProblemException("type", "must be a Kannel delivery report type: 1, 2, 4, 8 or 16"));
        var notification = notifications
                .findById(notificationId)
                .filter(found -> found.getChannel() == NotificationChannel.SMS)
                .orElseThrow(() -> new UnknownNotificationException(notificationId));
        var kept = keep(answer, notification.getRecipient());
        var recorded = notifications.recordDeliveryReport(notificationId, report, clock.instant(), kept) == 1;
        if (recorded && report.isFailure()) {
            lifecycle.recordNotificationFailure(
                    notification.getComplaintId(),
                    NotificationOutbox.describe(notification) + " did not reach the phone (delivery report " + report
                            + (kept == null ? "" : ": " + kept) + ")");
        }
    }

    private static String keep(String answer, String number) {
        if (answer == null) {
            return null;
        }
        var kept =
                HiddenNumbers.hide(MESSAGE_TEXT.matcher(answer).replaceAll("").strip(), number);
        if (kept.isEmpty()) {
            return null;
        }
        return kept.length() > 300 ? kept.substring(0, 300) : kept;
    }
}
