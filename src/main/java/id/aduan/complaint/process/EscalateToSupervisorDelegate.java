package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the agency's supervisor is asked to act on an overdue follow-up. */
@Component
public class EscalateToSupervisorDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    EscalateToSupervisorDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.escalateToSupervisor(subject.complaintId(), subject.agencyCode());
    }
}
