package id.aduan.notification.process;

import id.aduan.complaint.DispatchedUnit;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.complaint.UnitDispatches;
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
    private final UnitDispatches dispatches;

    QueueNotificationDelegate(
            NotificationService notifications,
            NotificationDeliveries deliveries,
            ProcessSubjects subjects,
            UnitDispatches dispatches) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.subjects = subjects;
        this.dispatches = dispatches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var kind = NotificationKind.valueOf(
                String.valueOf(execution.getVariableLocal(NotificationDeliveryProcess.NOTIFICATION)));
        var subject = ProcessSubjects.inFollowUp(execution)
                ? subjects.of(execution.getProcessBusinessKey(), execution.getProcessInstanceId())
                : subjects.report(execution.getProcessBusinessKey());
        // in a unit's answer inside a government: the unit, or the government while its liaison officer approves
        var agencyCode = dispatches
                .bound(subject.complaintId(), subject.agencyCode(), ProcessSubjects.scopesOf(execution))
                .map(DispatchedUnit::responsibleAgencyCode)
                .orElse(subject.agencyCode());
        notifications
                .queue(kind, subject.complaintId(), agencyCode)
                .ifPresent(batchId -> deliveries.start(subject.trackingId(), batchId));
    }
}
