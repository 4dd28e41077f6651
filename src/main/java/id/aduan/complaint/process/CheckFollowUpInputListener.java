package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_DECISION;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the agency's follow-up form: the decision and its text (answer, reason or question). */
@Component
public class CheckFollowUpInputListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.FOLLOW_UP_COMPLAINT);
        var why =
                switch (TaskInputCheck.choice(task, FOLLOW_UP_DECISION, FollowUpDecision.class)) {
                    case DISPATCH ->
                        throw TaskInputCheck.rejected(
                                FOLLOW_UP_DECISION,
                                "followUpDecision DISPATCH is for a government that dispatches to its units; choose"
                                        + " RESPOND, REQUEST_INFO or NOT_OUR_AUTHORITY.");
                    case RESPOND -> "for a follow-up: write the agency's answer to the reporter";
                    case NOT_OUR_AUTHORITY -> "to hand the report back: say why it is not the agency's authority";
                    case REQUEST_INFO -> "to request information: write the question to the reporter";
                };
        TaskInputCheck.requiredText(task, FOLLOW_UP_TEXT, why);
    }
}
