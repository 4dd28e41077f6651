package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the agency's supervisor is asked to act on an overdue follow-up. */
@Component
public class EscalateToSupervisorDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    EscalateToSupervisorDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.escalateToSupervisor(ProcessInputs.complaintId(execution), ProcessInputs.agencyCode(execution));
    }
}
