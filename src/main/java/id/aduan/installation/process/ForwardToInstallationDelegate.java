package id.aduan.installation.process;

import id.aduan.complaint.ProcessSubjects;
import id.aduan.installation.InstallationForwarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the report for the installation that serves the instance's agency (the assignment bound to the instance),
 * whose delivery runs as a process of its own: the follow-up then waits for that installation's decision.
 */
@Component
public class ForwardToInstallationDelegate implements JavaDelegate {

    private final InstallationForwarding forwarding;
    private final ProcessSubjects subjects;

    public ForwardToInstallationDelegate(InstallationForwarding forwarding, ProcessSubjects subjects) {
        this.forwarding = forwarding;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
        forwarding.forward(subject.complaintId(), subject.agencyCode());
    }
}
