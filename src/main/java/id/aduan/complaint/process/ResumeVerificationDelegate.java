package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Returns a deferred report to verification after the reporter answered. */
@Component
public class ResumeVerificationDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    ResumeVerificationDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.resumeVerification(ProcessInputs.complaintId(execution));
    }
}
