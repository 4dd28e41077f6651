package id.aduan.complaint.process;

import id.aduan.complaint.AgencyAnswers;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks around an agency's own answer what their forms show of it: the approval task the agency and its
 * answer (in the fields the unit's approval shows), the agency's answering task why its last answer was returned.
 */
@Component
public class LoadAnswerContextListener implements TaskListener {

    /** What the agency's answering forms show beside the report. */
    static final Set<String> SHOWN_TO_AGENCY = Set.of("returnedBecause");

    private final AgencyAnswers answers;
    private final ExecutionSubjects subjects;

    LoadAnswerContextListener(AgencyAnswers answers, ExecutionSubjects subjects) {
        this.answers = answers;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        var subject = subjects.of(task);
        var view = answers.view(subject.complaintId(), subject.agencyCode());
        if (AgencyFollowUpProcess.USER_TASK_APPROVE_AGENCY_ANSWER.equals(task.getTaskDefinitionKey())) {
            task.setVariablesLocal(Map.of(
                    "unitName", view.agencyName(),
                    "coordinatorNote", "-",
                    "unitDraft", view.answer(),
                    "returnedBecause", view.returnReason()));
        } else {
            task.setVariableLocal("returnedBecause", view.returnReason());
        }
    }
}
