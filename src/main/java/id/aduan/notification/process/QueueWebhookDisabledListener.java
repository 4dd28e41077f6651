package id.aduan.notification.process;

import id.aduan.integration.WebhookDisabled;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.NotificationService;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner's receiver answered 410 Gone and its webhooks stopped: queues the
 * {@link NotificationKind#WEBHOOK_DISABLED} e-mail to the national administrators and starts its delivery, in the
 * transaction that disabled the callback.
 */
@Component
class QueueWebhookDisabledListener {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;

    QueueWebhookDisabledListener(NotificationService notifications, NotificationDeliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    @EventListener
    void queue(WebhookDisabled disabled) {
        notifications
                .queue(
                        NotificationKind.WEBHOOK_DISABLED,
                        disabled.complaintId(),
                        null,
                        Map.of("partnerName", disabled.partnerName(), "reason", disabled.reason()))
                .ifPresent(batchId -> deliveries.start(disabled.trackingId(), batchId));
    }
}
