package id.aduan.integration.webhook;

/** A webhook the receiver did not take: its delivery job fails and is retried as WebhookDeliveryProcess.bpmn sets. */
public class WebhookDeliveryException extends RuntimeException {

    WebhookDeliveryException(String message) {
        super(message);
    }
}
