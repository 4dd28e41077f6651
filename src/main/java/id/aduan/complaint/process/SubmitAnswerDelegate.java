package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.AgencyAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the agency's answer, which its government's liaison officer must approve, on the agency's assignment: the
 * approval and the follow-up read it from there, not from the variable, which the delegate removes.
 */
@Component
public class SubmitAnswerDelegate implements JavaDelegate {

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    SubmitAnswerDelegate(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        answers.submit(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        // the decision (RESPOND) stays for the step after the approval; the text lives on the assignment
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS.stream()
                .filter(name -> !ProcessVariables.FOLLOW_UP_DECISION.equals(name))
                .toList());
    }
}
