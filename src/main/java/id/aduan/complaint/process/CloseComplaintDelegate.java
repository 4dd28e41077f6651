package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Completes a report whose reporter did not answer within the window. */
@Component
public class CloseComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    CloseComplaintDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.closeWithoutAnswer(ProcessInputs.complaintId(execution));
    }
}
