package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a report back to its agencies after the reporter's objection. */
@Component
public class ReopenComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ReopenComplaintDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reopen(subjects.of(execution).complaintId());
    }
}
