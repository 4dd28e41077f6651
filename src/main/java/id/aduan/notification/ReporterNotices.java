package id.aduan.notification;

import id.aduan.notification.process.NotificationDeliveries;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter about something that happened to their report outside its process, as its send tasks do: the
 * answer of another installation's agency that came after this installation's follow-up of that agency had ended.
 * The delivery runs as a process of its own, as for every notification.
 */
@Component
public class ReporterNotices {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;

    ReporterNotices(NotificationService notifications, NotificationDeliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    /** Queues the notifications of that kind about the report and the agency, and starts their delivery. */
    public void tell(NotificationKind kind, long complaintId, String trackingId, String agencyCode) {
        notifications.queue(kind, complaintId, agencyCode).ifPresent(batchId -> deliveries.start(trackingId, batchId));
    }
}
