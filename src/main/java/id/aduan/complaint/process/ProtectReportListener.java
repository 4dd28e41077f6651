package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Marks the report anonymous or confidential when the verifier ticked it, whatever they decided, once the task's check
 * has passed: a report archived or deferred may need its reporter protected as much as one routed.
 */
@Component
public class ProtectReportListener implements TaskListener {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ProtectReportListener(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        lifecycle.protect(
                subjects.report(task).complaintId(), ProcessInputs.protection(task), ProcessInputs.actor(task));
        task.getExecution().removeVariables(FormFields.PROTECTION);
    }
}
