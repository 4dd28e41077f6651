package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.DISPATCH_ID;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a unit's answer starts, binds its dispatch to the scope the engine started for it (its activity instance), in
 * the transaction in which the coordinator dispatched and before any task exists, then drops the variable: from here
 * on every step of the unit's answer finds its unit through the binding, as {@link BindAssignmentListener} binds an
 * agency to its instance.
 */
@Component
public class BindDispatchListener implements ExecutionListener {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    BindDispatchListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var subject = subjects.of(execution);
        var dispatchId = execution.getVariable(DISPATCH_ID);
        if (!(dispatchId instanceof Number number)) {
            throw new IllegalStateException("A unit's answer started without its dispatch: " + dispatchId);
        }
        dispatches.bind(
                subject.complaintId(), subject.agencyCode(), number.longValue(), execution.getActivityInstanceId());
        execution.removeVariable(DISPATCH_ID);
    }
}
