package id.aduan.integration.process;

import id.aduan.system.EngineAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the delivery of a partner event as its own process instance, without variables, in the transaction that
 * recorded the event: a receiver that is down delays only that instance, never the report's process.
 */
@Component
class WebhookDeliveries {

    private final RuntimeService runtime;
    private final IdentityService identity;

    WebhookDeliveries(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** @return the new instance's id, which the event keeps so that its job finds it */
    String start(String trackingId) {
        return EngineAuthentication.withoutUser(
                identity,
                () -> runtime.startProcessInstanceByKey(WebhookDeliveryProcess.PROCESS_ID, trackingId)
                        .getId());
    }
}
