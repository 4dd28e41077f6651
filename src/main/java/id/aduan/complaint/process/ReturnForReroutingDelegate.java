package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands a report back for re-routing when the agency declares it is not its authority. */
@Component
public class ReturnForReroutingDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ReturnForReroutingDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.returnForRerouting(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
