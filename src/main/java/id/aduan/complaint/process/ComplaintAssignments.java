package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The agencies the follow-up call activity runs for, as in {@code ${complaintAssignments.activeAgencyCodes(execution)}}.
 */
@Component
public class ComplaintAssignments {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ComplaintAssignments(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    public List<String> activeAgencyCodes(DelegateExecution execution) {
        return lifecycle.activeAgencyCodes(subjects.report(execution).complaintId());
    }
}
