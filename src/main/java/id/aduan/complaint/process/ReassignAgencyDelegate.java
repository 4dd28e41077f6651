package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.NEW_AGENCY_CODE;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves a report to the agency the national administrator chose after a "not our authority". */
@Component
public class ReassignAgencyDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    ReassignAgencyDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var newAgencyCode = ProcessInputs.text(execution, NEW_AGENCY_CODE);
        lifecycle.reroute(
                ProcessInputs.complaintId(execution),
                ProcessInputs.agencyCode(execution),
                newAgencyCode,
                ProcessInputs.actor(execution));
        execution.setVariable(AGENCY_CODE, newAgencyCode);
        execution.removeVariable(NEW_AGENCY_CODE);
    }
}
