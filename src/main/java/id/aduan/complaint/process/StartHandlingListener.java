package id.aduan.complaint.process;

import id.aduan.complaint.Actor;
import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When an officer claims the agency's task, the report is being handled ("diproses"). */
@Component
public class StartHandlingListener implements TaskListener {

    private final ComplaintLifecycle lifecycle;

    StartHandlingListener(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            lifecycle.startHandling(
                    ProcessInputs.complaintId(task), ProcessInputs.agencyCode(task), Actor.staff(task.getAssignee()));
        }
    }
}
