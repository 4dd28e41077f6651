package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.RETURN_REASON;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the liaison officer returned the unit's draft, with the reason: the unit drafts again. */
@Component
public class ReturnDraftDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    ReturnDraftDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var unit = UnitSteps.unit(subjects, execution);
        dispatches.returnDraft(
                subjects.of(execution).complaintId(),
                unit.dispatchId(),
                ProcessInputs.text(execution, RETURN_REASON),
                ProcessInputs.actor(execution));
        UnitSteps.clearFields(execution);
    }
}
