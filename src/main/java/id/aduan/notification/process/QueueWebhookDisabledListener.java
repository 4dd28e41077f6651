package id.aduan.notification.process;

import id.aduan.integration.WebhookDisabled;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.StaffNotices;
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

    private final StaffNotices notices;

    QueueWebhookDisabledListener(StaffNotices notices) {
        this.notices = notices;
    }

    @EventListener
    void queue(WebhookDisabled disabled) {
        notices.tell(
                NotificationKind.WEBHOOK_DISABLED,
                disabled.complaintId(),
                disabled.trackingId(),
                Map.of("partnerName", disabled.partnerName(), "reason", disabled.reason()));
    }
}
