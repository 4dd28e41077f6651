package id.aduan.integration.webhook;

import id.aduan.integration.WebhookDisabled;
import id.aduan.integration.internal.IntegrationRepository;
import id.aduan.integration.internal.PartnerEventRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a partner's events to its callback URL, at least once each and in order per report. A receiver that does
 * not answer 2xx keeps the event, and the report's later ones, for the delivery job's next attempt; one that answers
 * 410 Gone has its callback disabled, and the national administrators are told.
 */
@Service
public class WebhookService {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final PartnerEventRepository events;
    private final IntegrationRepository integrations;
    private final WebhookOutbox outbox;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    WebhookService(
            PartnerEventRepository events,
            IntegrationRepository integrations,
            WebhookOutbox outbox,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.integrations = integrations;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Delivers the event whose delivery this process instance is, with the report's undelivered earlier ones first.
     *
     * @throws WebhookDeliveryException when the receiver did not take one: the job is retried
     */
    @Transactional
    public void deliver(String processInstanceId) {
        var event = events.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException(
                        "No partner event is delivered by the process instance " + processInstanceId));
        var integration = integrations
                .findById(event.getIntegrationId())
                .orElseThrow(() -> new IllegalStateException("No integration " + event.getIntegrationId()));
        if (!integration.isCallbackActive()) {
            log.info(
                    "Webhook {} not sent: integration {} has no active callback; it stays in the change feed",
                    event.getEventId(),
                    integration.getId());
            return;
        }
        var outcome = outbox.deliverUpTo(
                event, new WebhookSender.Callback(integration.getCallbackUrl(), integration.getWebhookSecret()));
        if (outcome.delivered()) {
            return;
        }
        if (outcome.gone()) {
            var reason = "The receiver answered 410 Gone to a webhook about " + event.getTrackingId()
                    + "; its events stay in the change feed. Call it again with the button on /staff/integrations, or save the"
                    + " partner (PUT /api/integrations/{id}).";
            integration.disableCallback(clock.instant(), reason);
            log.warn(
                    "Webhooks to integration {} ({}) disabled: {}", integration.getId(), integration.getName(), reason);
            publisher.publishEvent(new WebhookDisabled(
                    integration.getId(), integration.getName(), event.getComplaintId(), event.getTrackingId(), reason));
            return;
        }
        throw new WebhookDeliveryException("Webhook to integration " + integration.getId() + " about "
                + event.getTrackingId() + " not delivered (" + outcome.error() + "). The job is retried as"
                + " WebhookDeliveryProcess.bpmn sets; when the retries ran out, retry the incident in Cockpit once the"
                + " receiver is back.");
    }
}
