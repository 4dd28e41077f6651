package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON_CODE;
import static id.aduan.complaint.process.ProcessVariables.DUPLICATE_OF;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.complaint.ComplaintLifecycle;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives a report with the verifier's reason from the list and their words; a duplicate with its original. */
@Component
public class ArchiveComplaintDelegate implements JavaDelegate {

    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    ArchiveComplaintDelegate(ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.archive(
                subjects.report(execution).complaintId(),
                ProcessInputs.archiveDecision(execution),
                ProcessInputs.actor(execution));
        execution.removeVariables(List.of(VERIFICATION_DECISION, ARCHIVE_REASON_CODE, ARCHIVE_REASON, DUPLICATE_OF));
        // the corrections count only for a verified report
        execution.removeVariables(FormFields.CORRECTIONS);
    }
}
