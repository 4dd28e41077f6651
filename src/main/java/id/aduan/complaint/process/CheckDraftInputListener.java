package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.APPROVAL_DECISION;
import static id.aduan.complaint.process.ProcessVariables.RETURN_REASON;
import static id.aduan.complaint.process.ProcessVariables.UNIT_ANSWER;

import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks a unit's draft form: the unit's part of the government's answer. */
@Component
public class CheckDraftInputListener implements TaskListener {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    CheckDraftInputListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.UNIT_ANSWER_SCOPE);
        MultiInstanceCheck.unchanged(task, dispatches, subjects);
        TaskInputCheck.absent(task, APPROVAL_DECISION);
        TaskInputCheck.absent(task, RETURN_REASON);
        TaskInputCheck.requiredText(task, UNIT_ANSWER, "to send the unit's draft: write its part of the answer");
    }
}
