package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.NEW_AGENCY_CODE;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the re-routing form: a known agency, other than those already answering the report. */
@Component
public class CheckReroutingInputListener implements TaskListener {

    private final AgencyService agencies;
    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    CheckReroutingInputListener(AgencyService agencies, ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.agencies = agencies;
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.REROUTE_COMPLAINT);
        var newAgencyCode = TaskInputCheck.requiredText(task, NEW_AGENCY_CODE, "to re-route the report");
        if (agencies.find(newAgencyCode).isEmpty()) {
            throw TaskInputCheck.rejected(
                    NEW_AGENCY_CODE,
                    NEW_AGENCY_CODE + " '" + newAgencyCode
                            + "' is not a known agency; GET /api/agencies lists the valid codes.");
        }
        var subject = subjects.of(task);
        if (newAgencyCode.equals(subject.agencyCode())) {
            throw TaskInputCheck.rejected(
                    NEW_AGENCY_CODE,
                    NEW_AGENCY_CODE
                            + " is the agency that declared the report outside its authority: choose another agency.");
        }
        if (lifecycle.activeAgencyCodes(subject.complaintId()).contains(newAgencyCode)) {
            throw TaskInputCheck.rejected(
                    NEW_AGENCY_CODE,
                    NEW_AGENCY_CODE + " '" + newAgencyCode
                            + "' follows the report up already: choose an agency that does not.");
        }
    }
}
