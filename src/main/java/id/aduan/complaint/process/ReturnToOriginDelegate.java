package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Returns a report another Aduan installation forwarded to it when the agency declares it is not its authority: the
 * report ends here and that installation routes it again.
 */
@Component
public class ReturnToOriginDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ReturnToOriginDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.returnToOrigin(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
