package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.UNIT_ANSWER;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the unit's draft of its part of the government's answer. */
@Component
public class RecordDraftDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    RecordDraftDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        var unit = UnitSteps.unit(subjects, execution);
        dispatches.recordDraft(
                subject.complaintId(),
                subject.agencyCode(),
                unit.dispatchId(),
                ProcessInputs.text(execution, UNIT_ANSWER),
                ProcessInputs.actor(execution));
        UnitSteps.clearFields(execution);
    }
}
