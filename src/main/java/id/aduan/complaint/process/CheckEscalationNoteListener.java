package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.ESCALATION_NOTE;

import id.aduan.complaint.UnitDispatches;
import java.util.HashSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the note a supervisor or the national administrator writes on an overdue follow-up, or on an overdue step
 * of a unit's answer, where the task also sees that answer's (empty) fields and the engine's loop variables and may
 * change none of them.
 */
@Component
public class CheckEscalationNoteListener implements TaskListener {

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;

    CheckEscalationNoteListener(UnitDispatches dispatches, ExecutionSubjects subjects) {
        this.dispatches = dispatches;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (subjects.unit(task).isPresent()) {
            var fields = new HashSet<>(FormFields.ESCALATION);
            fields.addAll(FormFields.UNIT_ANSWER_SCOPE);
            TaskInputCheck.onlyFormFields(task, fields);
            ProcessVariables.UNIT_ANSWER_FIELDS.forEach(field -> TaskInputCheck.absent(task, field));
            MultiInstanceCheck.unchanged(task, dispatches, subjects);
        } else {
            TaskInputCheck.onlyFormFields(task, FormFields.ESCALATION);
        }
        TaskInputCheck.requiredText(task, ESCALATION_NOTE, "to record what was done about the overdue follow-up");
    }
}
