package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.RETURN_REASON;

import id.aduan.complaint.AgencyAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the liaison officer returned the agency's answer, with the reason: the agency answers again. */
@Component
public class ReturnAnswerDelegate implements JavaDelegate {

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    ReturnAnswerDelegate(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        answers.returnAnswer(
                subject.complaintId(),
                subject.agencyCode(),
                ProcessInputs.text(execution, RETURN_REASON),
                ProcessInputs.actor(execution));
        execution.removeVariables(FormFields.APPROVE_ANSWER);
        execution.removeVariables(ProcessVariables.FOLLOW_UP_FIELDS);
    }
}
