package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the agency's written follow-up. */
@Component
public class RecordFollowUpDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    RecordFollowUpDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.recordFollowUp(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
