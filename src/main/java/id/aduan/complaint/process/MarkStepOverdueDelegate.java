package id.aduan.complaint.process;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a step inside a government missed its deadline: the dispatch, a unit's draft or the approval. */
@Component
public class MarkStepOverdueDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    MarkStepOverdueDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        dispatches.markStepOverdue(subject.complaintId(), subject.agencyCode(), subjects.unit(execution));
    }
}
