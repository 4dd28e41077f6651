package id.aduan.notification.process;

import id.aduan.notification.NotificationKind;
import id.aduan.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send tasks of the report's models: queues the e-mails named by the task's input parameter
 * {@code notification} (a {@link NotificationKind}) and starts their delivery.
 */
@Component
public class QueueNotificationDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;

    QueueNotificationDelegate(NotificationService notifications, NotificationDeliveries deliveries) {
        this.notifications = notifications;
        this.deliveries = deliveries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var kind = NotificationKind.valueOf(
                String.valueOf(execution.getVariableLocal(NotificationDeliveryProcess.NOTIFICATION)));
        var complaintId = ((Number) execution.getVariable(NotificationDeliveryProcess.COMPLAINT_ID)).longValue();
        var agencyCode = (String) execution.getVariable(NotificationDeliveryProcess.AGENCY_CODE);
        notifications
                .queue(kind, complaintId, agencyCode)
                .ifPresent(batchId -> deliveries.start(execution.getProcessBusinessKey(), complaintId, batchId));
    }
}
