package id.aduan.complaint.process;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the liaison officer's approval of the unit's draft. */
@Component
public class ApproveDraftDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    ApproveDraftDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var unit = UnitSteps.unit(subjects, execution);
        dispatches.approveDraft(
                subjects.of(execution).complaintId(), unit.dispatchId(), ProcessInputs.actor(execution));
        UnitSteps.clearFields(execution);
    }
}
