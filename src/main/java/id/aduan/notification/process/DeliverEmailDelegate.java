package id.aduan.notification.process;

import id.aduan.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the notifications of one outbox batch, e-mail or SMS; runs as its own job, retried while the SMTP server or the
 * SMS gateway is away.
 */
@Component
public class DeliverEmailDelegate implements JavaDelegate {

    private final NotificationService notifications;

    DeliverEmailDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.deliver((String) execution.getVariable(NotificationDeliveryProcess.NOTIFICATION_BATCH_ID));
    }
}
