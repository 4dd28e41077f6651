package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Restarts the agency's clock when the reporter did not answer its request for information. */
@Component
public class ResumeWithoutInformationDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    ResumeWithoutInformationDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.resumeFollowUp(ProcessInputs.complaintId(execution), ProcessInputs.agencyCode(execution), false);
    }
}
