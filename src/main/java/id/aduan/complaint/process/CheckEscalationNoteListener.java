package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.ESCALATION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the note a supervisor or the national administrator writes on an overdue follow-up. */
@Component
public class CheckEscalationNoteListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.ESCALATION);
        TaskInputCheck.requiredText(task, ESCALATION_NOTE, "to record what was done about the overdue follow-up");
    }
}
