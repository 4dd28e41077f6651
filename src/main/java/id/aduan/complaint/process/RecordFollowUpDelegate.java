package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.AgencyAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the agency's written follow-up: the one its liaison officer approved, where they must. */
@Component
public class RecordFollowUpDelegate implements JavaDelegate {

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    RecordFollowUpDelegate(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        answers.recordFollowUp(
                subject.complaintId(),
                subject.agencyCode(),
                // an approved answer is on the assignment; only an answer needing no approval is a variable
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
