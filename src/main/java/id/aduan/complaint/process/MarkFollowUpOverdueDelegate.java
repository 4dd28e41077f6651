package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the agency's follow-up as overdue; a send task then tells the agency. */
@Component
public class MarkFollowUpOverdueDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    MarkFollowUpOverdueDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.markFollowUpOverdue(ProcessInputs.complaintId(execution), ProcessInputs.agencyCode(execution));
    }
}
