package id.aduan.integration.process;

import id.aduan.integration.webhook.WebhookService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the webhook of one partner event; runs as its own job, retried while the receiver is away. The event is the
 * one bound to this process instance when it started: staff can write variables, not an instance's id.
 */
@Component
public class DeliverWebhookDelegate implements JavaDelegate {

    private final WebhookService webhooks;

    DeliverWebhookDelegate(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        webhooks.deliver(execution.getProcessInstanceId());
    }
}
