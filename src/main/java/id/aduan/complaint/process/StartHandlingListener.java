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
    private final ExecutionSubjects subjects;

    StartHandlingListener(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            var subject = subjects.of(task);
            lifecycle.startHandling(subject.complaintId(), subject.agencyCode(), Actor.staff(task.getAssignee()));
        }
    }
}
