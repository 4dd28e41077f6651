package id.aduan.installation.process;

import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.installation.InstallationDecision;
import id.aduan.installation.InstallationForwarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What AgencyFollowUpProcess asks about connected installations, as in
 * {@code ${installationSteps.servedElsewhere(execution)}}: always about the agency whose assignment is bound to the
 * instance and from the database, never from a variable.
 */
@Component
public class InstallationSteps {

    private final InstallationForwarding forwarding;
    private final ProcessSubjects subjects;

    public InstallationSteps(InstallationForwarding forwarding, ProcessSubjects subjects) {
        this.forwarding = forwarding;
        this.subjects = subjects;
    }

    /** Whether another installation serves the instance's agency: then the report is forwarded there. */
    public boolean servedElsewhere(DelegateExecution execution) {
        return forwarding.servedElsewhere(subject(execution).agencyCode());
    }

    /** The decision the installation serving the agency sent last: {@code ANSWERED}, {@code RETURNED} … */
    public String decision(DelegateExecution execution) {
        var subject = subject(execution);
        return forwarding
                .decision(subject.complaintId(), subject.agencyCode())
                .map(InstallationDecision::name)
                .orElseThrow(() -> new IllegalStateException("No decision of a connected installation about report "
                        + subject.trackingId() + " (agency " + subject.agencyCode() + ") was recorded"));
    }

    private ProcessSubject subject(DelegateExecution execution) {
        return subjects.of(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
}
