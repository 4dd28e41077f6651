package id.aduan.complaint.process;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the units' answers as the government's one follow-up, each headed by its unit's name. */
@Component
public class RecordUnitAnswersDelegate implements JavaDelegate {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    RecordUnitAnswersDelegate(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        dispatches.recordUnitAnswers(subject.complaintId(), subject.agencyCode(), ProcessInputs.actor(execution));
    }
}
