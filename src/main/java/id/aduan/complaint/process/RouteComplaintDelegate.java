package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.COMPLETION_WORKING_DAYS;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.RULE_AGENCY_CODES;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.deadline.Complexity;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Routes a verified report to the agencies that must answer it. */
@Component
public class RouteComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    RouteComplaintDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.route(
                ProcessInputs.complaintId(execution),
                ProcessInputs.agencyCode(execution),
                ProcessInputs.texts(execution, RULE_AGENCY_CODES),
                Complexity.valueOf(ProcessInputs.text(execution, COMPLEXITY)),
                ((Number) execution.getVariable(COMPLETION_WORKING_DAYS)).intValue(),
                ProcessInputs.actor(execution));
        execution.removeVariables(List.of(VERIFICATION_DECISION, AGENCY_CODE));
    }
}
