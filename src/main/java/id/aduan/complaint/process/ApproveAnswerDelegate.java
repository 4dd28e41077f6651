package id.aduan.complaint.process;

import id.aduan.complaint.AgencyAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the liaison officer's approval of the agency's answer, which the next step records as its follow-up. */
@Component
public class ApproveAnswerDelegate implements JavaDelegate {

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    ApproveAnswerDelegate(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        answers.approve(subject.complaintId(), subject.agencyCode(), ProcessInputs.actor(execution));
        execution.removeVariables(FormFields.APPROVE_ANSWER);
    }
}
