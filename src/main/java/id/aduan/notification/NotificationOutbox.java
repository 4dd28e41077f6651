package id.aduan.notification;

import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.complaint.ReporterAccess;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The states of a notification in the outbox, each committed at once in a transaction of its own: what was handed
 * to the SMTP server or the SMS gateway stays recorded as sent even when the job that sent it fails afterwards, and
 * the token of a link in it works even then.
 */
@Component
class NotificationOutbox {

    private final NotificationRepository notifications;
    private final ComplaintLifecycle lifecycle;
    private final ReporterAccess access;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationOutbox(
            NotificationRepository notifications,
            ComplaintLifecycle lifecycle,
            ReporterAccess access,
            NotificationProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.lifecycle = lifecycle;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** True when this job may send the notification: it is pending, or a claim by a job that died went stale. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(Notification notification) {
        var now = clock.instant();
        return notifications.claim(notification.getId(), now, now.minus(properties.claimTimeout())) == 1;
    }

    /**
     * A new access token for the private link in an e-mail or SMS to the reporter, made right before it leaves and
     * committed first, so that a link that was sent always works. The outbox never holds it. When the notification
     * then fails, nobody ever sees the token, and it expires.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String reporterToken(Notification notification) {
        return access.issueEmailToken(notification.getComplaintId());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(Notification notification, String subject) {
        notifications.markSent(notification.getId(), clock.instant(), subject);
    }

    /** A temporary failure: the notification waits for the job's next attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(Notification notification, String error) {
        notifications.markUnsent(notification.getId(), NotificationStatus.PENDING, error);
    }

    /** A permanent failure: never tried again, and recorded on the report's timeline. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(Notification notification, String error) {
        notifications.markUnsent(notification.getId(), NotificationStatus.FAILED, error);
        lifecycle.recordNotificationFailure(
                notification.getComplaintId(), describe(notification) + " was rejected: " + error);
    }

    /** "E-mail to staff (FOLLOW_UP_TASK)", "SMS to the reporter (ROUTED)": never the address or number. */
    static String describe(Notification notification) {
        var what = notification.getChannel() == NotificationChannel.SMS ? "SMS" : "E-mail";
        var whom = notification.getAudience() == Audience.REPORTER ? "to the reporter" : "to staff";
        return what + " " + whom + " (" + notification.getKind() + ")";
    }
}
