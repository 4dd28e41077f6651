package id.aduan.complaint.process;

import id.aduan.complaint.AgencyAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the model asks about the approval of an agency's own answer, as in {@code
 * ${answerApprovals.required(execution)}}: read from Aduan's tables for the instance's agency, never a variable.
 */
@Component
public class AnswerApprovals {

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    AnswerApprovals(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    /** Whether the assigned agency's answer waits for its government's liaison officer's approval. */
    public boolean required(DelegateExecution execution) {
        return answers.approvalRequired(subjects.of(execution).agencyCode());
    }
}
