package id.aduan.notification.process;

import id.aduan.system.EngineAuthentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the delivery of a batch of notifications as its own process instance, in the transaction of the step
 * that queued it: a failing SMTP server or SMS gateway delays only that instance, never the report's process.
 */
@Component
public class NotificationDeliveries {

    private final RuntimeService runtime;
    private final IdentityService identity;

    NotificationDeliveries(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    public void start(String trackingId, String batchId) {
        var variables =
                Variables.createVariables().putValue(NotificationDeliveryProcess.NOTIFICATION_BATCH_ID, batchId);
        EngineAuthentication.withoutUser(
                identity,
                () -> runtime.startProcessInstanceByKey(NotificationDeliveryProcess.PROCESS_ID, trackingId, variables));
    }
}
