package id.aduan.notification.process;

import id.aduan.complaint.AccessLinkRequested;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.NotificationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reporter asked for a new private link with their own address: queues the {@link NotificationKind#ACCESS_LINK}
 * e-mail and starts its delivery like any other, in the transaction that checked the address.
 */
@Component
class QueueAccessLinkListener {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;

    QueueAccessLinkListener(NotificationService notifications, NotificationDeliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    @EventListener
    void queue(AccessLinkRequested request) {
        notifications
                .queue(NotificationKind.ACCESS_LINK, request.complaintId(), null)
                .ifPresent(batchId -> deliveries.start(request.trackingId(), batchId));
    }
}
