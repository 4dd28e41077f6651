package id.aduan.integration.process;

import id.aduan.complaint.TimelineEntryAdded;
import id.aduan.integration.webhook.PartnerEvents;
import id.aduan.system.DeliveryInstances;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A report's timeline grew: records the event for the partner that filed the report and, when the partner has an
 * active callback, starts its webhook's delivery, all in the transaction that added the entry.
 */
@Component
class QueuePartnerEventListener {

    private final PartnerEvents events;
    private final DeliveryInstances deliveries;

    QueuePartnerEventListener(PartnerEvents events, DeliveryInstances deliveries) {
        this.events = events;
        this.deliveries = deliveries;
    }

    @EventListener
    void queue(TimelineEntryAdded entry) {
        events.record(entry)
                .ifPresent(event -> events.deliveredBy(
                        event, deliveries.start(WebhookDeliveryProcess.PROCESS_ID, event.getTrackingId())));
    }
}
