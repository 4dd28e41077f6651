package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Completes a report the reporter accepted. */
@Component
public class CompleteComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    CompleteComplaintDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.complete(subjects.of(execution).complaintId());
    }
}
