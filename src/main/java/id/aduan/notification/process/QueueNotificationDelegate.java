package id.aduan.notification.process;

import id.aduan.complaint.ProcessSubjects;
import id.aduan.notification.NotificationKind;
import id.aduan.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send tasks of the report's models: queues the notifications named by the task's input parameter
 * {@code notification} (a {@link NotificationKind}) about the instance's report, and in an agency's follow-up its
 * agency, and starts their delivery.
 */
@Component
public class QueueNotificationDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final NotificationDeliveries deliveries;
    private final ProcessSubjects subjects;

    QueueNotificationDelegate(
            NotificationService notifications, NotificationDeliveries deliveries, ProcessSubjects subjects) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var kind = NotificationKind.valueOf(
                String.valueOf(execution.getVariableLocal(NotificationDeliveryProcess.NOTIFICATION)));
        var subject = ProcessSubjects.inFollowUp(execution)
                ? subjects.of(execution.getProcessBusinessKey(), execution.getProcessInstanceId())
                : subjects.report(execution.getProcessBusinessKey());
        notifications
                .queue(kind, subject.complaintId(), subject.agencyCode())
                .ifPresent(batchId -> deliveries.start(subject.trackingId(), batchId));
    }
}
