package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.ESCALATION_NOTE;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the note of a supervisor or the national administrator on an overdue follow-up. */
@Component
public class RecordEscalationNoteDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    RecordEscalationNoteDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.recordEscalationNote(
                subject.complaintId(),
                subjects.responsibleAgency(execution),
                ProcessInputs.text(execution, ESCALATION_NOTE),
                ProcessInputs.actor(execution));
        execution.removeVariable(ESCALATION_NOTE);
    }
}
