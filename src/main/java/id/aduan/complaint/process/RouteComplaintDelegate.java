package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.COMPLETION_WORKING_DAYS;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.deadline.Complexity;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Routes a verified report to the agencies that must answer it, with the verifier's corrections of its title,
 * category and region, the verifier's complexity and the completion target that
 * {@code ComplaintDeadlineDecision.dmn} has just decided for it.
 */
@Component
public class RouteComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    RouteComplaintDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.route(
                subjects.report(execution).complaintId(),
                ProcessInputs.text(execution, AGENCY_CODE),
                ProcessInputs.correction(execution),
                Complexity.valueOf(ProcessInputs.text(execution, COMPLEXITY)),
                ((Number) execution.getVariable(COMPLETION_WORKING_DAYS)).intValue(),
                ProcessInputs.actor(execution));
        execution.removeVariables(List.of(VERIFICATION_DECISION, AGENCY_CODE, COMPLEXITY, COMPLETION_WORKING_DAYS));
        execution.removeVariables(FormFields.CORRECTIONS);
    }
}
