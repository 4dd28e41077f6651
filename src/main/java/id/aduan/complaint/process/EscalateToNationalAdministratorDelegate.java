package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the national administrator is asked to intervene in an overdue follow-up. */
@Component
public class EscalateToNationalAdministratorDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    EscalateToNationalAdministratorDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.escalateToNationalAdministrator(
                ProcessInputs.complaintId(execution), ProcessInputs.agencyCode(execution));
    }
}
