package id.aduan.notification;

import id.aduan.complaint.ComplaintLifecycle;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The states of an e-mail in the outbox, each committed at once in a transaction of its own: what was
 * handed to the SMTP server stays recorded as sent even when the job that sent it fails afterwards.
 */
@Component
class NotificationOutbox {

    /** Tokens in links are kept only until the e-mail is sent. */
    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");

    private final NotificationRepository notifications;
    private final ComplaintLifecycle lifecycle;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationOutbox(
            NotificationRepository notifications,
            ComplaintLifecycle lifecycle,
            NotificationProperties properties,
            Clock clock) {
        this.notifications = notifications;
        this.lifecycle = lifecycle;
        this.properties = properties;
        this.clock = clock;
    }

    /** True when this job may send the e-mail: it is pending, or a claim by a job that died went stale. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(Notification notification) {
        var now = clock.instant();
        return notifications.claim(notification.getId(), now, now.minus(properties.claimTimeout())) == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(Notification notification, String subject) {
        notifications.markSent(notification.getId(), clock.instant(), subject, redact(notification.getContent()));
    }

    /** A temporary failure: the e-mail waits for the job's next attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(Notification notification, String error) {
        notifications.markUnsent(notification.getId(), NotificationStatus.PENDING, error);
    }

    /** A permanent failure: never tried again, and recorded on the report's timeline. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(Notification notification, String error) {
        notifications.markUnsent(notification.getId(), NotificationStatus.FAILED, error);
        var whom = notification.getAudience() == Audience.REPORTER ? "to the reporter" : "to staff";
        lifecycle.recordNotificationFailure(
                notification.getComplaintId(),
                "E-mail " + whom + " (" + notification.getKind() + ") was rejected: " + error);
    }

    private static String redact(String body) {
        return TOKEN.matcher(body).replaceAll("token=(removed)");
    }
}
