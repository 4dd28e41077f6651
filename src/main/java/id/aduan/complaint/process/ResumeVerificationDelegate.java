package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Returns a deferred report to verification after the reporter answered. */
@Component
public class ResumeVerificationDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ResumeVerificationDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.resumeVerification(subjects.of(execution).complaintId());
    }
}
