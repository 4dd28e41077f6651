package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.NEW_AGENCY_CODE;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves a report to the agency the national administrator chose after a "not our authority". */
@Component
public class ReassignAgencyDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ReassignAgencyDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.reroute(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, NEW_AGENCY_CODE),
                ProcessInputs.actor(execution));
        execution.removeVariable(NEW_AGENCY_CODE);
    }
}
