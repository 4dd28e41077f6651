package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.INFO_REQUEST;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.complaint.ComplaintLifecycle;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Defers a report and asks the reporter the verifier's question. */
@Component
public class DeferComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    DeferComplaintDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.defer(
                subjects.report(execution).complaintId(),
                ProcessInputs.text(execution, INFO_REQUEST),
                ProcessInputs.actor(execution));
        execution.removeVariables(List.of(VERIFICATION_DECISION, INFO_REQUEST));
        // the corrections count only for a verified report
        execution.removeVariables(FormFields.CORRECTIONS);
    }
}
