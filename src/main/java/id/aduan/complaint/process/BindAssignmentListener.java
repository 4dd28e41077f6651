package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.ASSIGNED_AGENCY_CODE;

import id.aduan.complaint.ProcessSubjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When an agency's follow-up starts, binds the agency's assignment to the new instance, in the transaction in which
 * the engine handed the agency over and before any task exists, then drops the variable: from here on every step
 * of the instance finds its agency through the binding.
 */
@Component
public class BindAssignmentListener implements ExecutionListener {

    private final ProcessSubjects subjects;

    BindAssignmentListener(ProcessSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        subjects.bindFollowUp(
                execution.getProcessBusinessKey(),
                ProcessInputs.text(execution, ASSIGNED_AGENCY_CODE),
                execution.getProcessInstanceId());
        execution.removeVariable(ASSIGNED_AGENCY_CODE);
    }
}
