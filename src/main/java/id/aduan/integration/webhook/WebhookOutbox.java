package id.aduan.integration.webhook;

import id.aduan.integration.internal.PartnerEvent;
import id.aduan.integration.internal.PartnerEventRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a report's undelivered events in order, in a transaction of its own: what the receiver took stays recorded
 * as delivered, and a failure's attempt and error stay recorded, even when the delivery job then fails to retry.
 */
@Component
class WebhookOutbox {

    private final PartnerEventRepository events;
    private final WebhookSender sender;
    private final Clock clock;

    WebhookOutbox(PartnerEventRepository events, WebhookSender sender, Clock clock) {
        this.events = events;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Sends the report's events that the partner has not received, up to and including this one, oldest first, and
     * stops at the first the receiver does not take: a later event never arrives before an earlier one.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public WebhookSender.Outcome deliverUpTo(PartnerEvent event, WebhookSender.Callback callback) {
        var pending = events.lockUndelivered(event.getIntegrationId(), event.getComplaintId(), event.getPosition());
        for (var next : pending) {
            var outcome = sender.send(callback, next);
            if (!outcome.delivered()) {
                next.failed(outcome.error());
                return outcome;
            }
            next.delivered(clock.instant());
        }
        return WebhookSender.Outcome.DELIVERED;
    }
}
