package id.aduan.notification.process;

import id.aduan.system.DeliveryInstances;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts the delivery of a batch of notifications as its own process instance, in the transaction of the step
 * that queued it: a failing SMTP server or SMS gateway delays only that instance, never the report's process.
 */
@Component
public class NotificationDeliveries {

    private final DeliveryInstances instances;

    NotificationDeliveries(DeliveryInstances instances) {
        this.instances = instances;
    }

    public void start(String trackingId, String batchId) {
        instances.start(
                NotificationDeliveryProcess.PROCESS_ID,
                trackingId,
                Map.of(NotificationDeliveryProcess.NOTIFICATION_BATCH_ID, batchId));
    }
}
