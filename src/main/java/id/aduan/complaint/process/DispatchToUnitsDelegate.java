package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.DISPATCH_NOTE;
import static id.aduan.complaint.process.ProcessVariables.UNIT_CODES;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the coordinator's dispatch of the report to the government's units, with the note. */
@Component
public class DispatchToUnitsDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    DispatchToUnitsDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        dispatches.dispatch(
                subject.complaintId(),
                subject.agencyCode(),
                TaskInputCheck.codes(execution, UNIT_CODES),
                ProcessInputs.text(execution, DISPATCH_NOTE),
                ProcessInputs.actor(execution));
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
