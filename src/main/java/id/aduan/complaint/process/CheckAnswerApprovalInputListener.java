package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.APPROVAL_DECISION;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_DECISION;
import static id.aduan.complaint.process.ProcessVariables.RETURN_REASON;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the liaison officer's approval of an agency's own answer: approve, or return with a reason. The agency's
 * decision to answer stays as it was; the answer itself is on the assignment, which no field can change.
 */
@Component
public class CheckAnswerApprovalInputListener implements TaskListener {

    private static final Set<String> SEEN = seen();

    private static Set<String> seen() {
        var names = new HashSet<>(FormFields.APPROVE_ANSWER);
        names.add(FOLLOW_UP_DECISION);
        return Set.copyOf(names);
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, SEEN);
        if (TaskInputCheck.choice(task, FOLLOW_UP_DECISION, FollowUpDecision.class) != FollowUpDecision.RESPOND) {
            throw TaskInputCheck.rejected(
                    FOLLOW_UP_DECISION,
                    "followUpDecision is the agency's, not the liaison officer's: leave it RESPOND.");
        }
        if (TaskInputCheck.choice(task, APPROVAL_DECISION, ApprovalDecision.class) == ApprovalDecision.RETURN) {
            TaskInputCheck.requiredText(task, RETURN_REASON, "to return the answer: say what the agency must change");
        } else {
            TaskInputCheck.absent(task, RETURN_REASON);
        }
    }
}
