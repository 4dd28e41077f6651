package id.aduan.notification;

import id.aduan.notification.process.NotificationDeliveries;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells staff about something that happened to a report outside its process and needs them: a partner's webhooks
 * stopped (410 Gone), or the installation the report was forwarded to refused the reporter's objection for good. The
 * delivery runs as a process of its own, as for every notification.
 */
@Component
public class StaffNotices {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;

    StaffNotices(NotificationService notifications, NotificationDeliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    /**
     * Queues the e-mails of that kind about the report, with the values its template needs beyond the report's own,
     * and starts their delivery, in the caller's transaction.
     */
    public void tell(NotificationKind kind, long complaintId, String trackingId, Map<String, String> values) {
        notifications
                .queue(kind, complaintId, null, values)
                .ifPresent(batchId -> deliveries.start(trackingId, batchId));
    }
}
