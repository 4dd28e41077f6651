package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a report back to its agencies after the reporter's objection. */
@Component
public class ReopenComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    ReopenComplaintDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reopen(ProcessInputs.complaintId(execution));
    }
}
