package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.APPROVAL_DECISION;
import static id.aduan.complaint.process.ProcessVariables.RETURN_REASON;
import static id.aduan.complaint.process.ProcessVariables.UNIT_ANSWER;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the liaison officer's approval form: approve the unit's draft, or return it with a reason. */
@Component
public class CheckApprovalInputListener implements TaskListener {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    CheckApprovalInputListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.UNIT_ANSWER_SCOPE);
        MultiInstanceCheck.unchanged(task, dispatches, subjects);
        TaskInputCheck.absent(task, UNIT_ANSWER);
        if (TaskInputCheck.choice(task, APPROVAL_DECISION, ApprovalDecision.class) == ApprovalDecision.RETURN) {
            TaskInputCheck.requiredText(task, RETURN_REASON, "to return the draft: say what the unit must change");
        } else {
            TaskInputCheck.absent(task, RETURN_REASON);
        }
    }
}
