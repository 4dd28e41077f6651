package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_DECISION;
import static id.aduan.complaint.process.ProcessVariables.FOLLOW_UP_TEXT;

import id.aduan.complaint.ComplaintLifecycle;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the reporter the agency's question and pauses the agency's clock. */
@Component
public class RequestInformationDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;

    RequestInformationDelegate(ComplaintLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.requestInformation(
                ProcessInputs.complaintId(execution),
                ProcessInputs.agencyCode(execution),
                ProcessInputs.text(execution, FOLLOW_UP_TEXT),
                ProcessInputs.actor(execution));
        execution.removeVariables(List.of(FOLLOW_UP_DECISION, FOLLOW_UP_TEXT));
    }
}
