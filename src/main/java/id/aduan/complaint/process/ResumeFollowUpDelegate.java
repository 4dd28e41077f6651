package id.aduan.complaint.process;

import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Restarts the agency's clock after the reporter answered its request for information. */
@Component
public class ResumeFollowUpDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ResumeFollowUpDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = subjects.of(execution);
        lifecycle.resumeFollowUp(subject.complaintId(), subject.agencyCode(), true);
    }
}
