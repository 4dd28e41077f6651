package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.NEW_AGENCY_CODE;

import id.aduan.agency.AgencyService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the re-routing form: a known agency other than the one that handed the report back. */
@Component
public class CheckReroutingInputListener implements TaskListener {

    private final AgencyService agencies;

    CheckReroutingInputListener(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Override
    public void notify(DelegateTask task) {
        var newAgencyCode = TaskInputCheck.requiredText(task, NEW_AGENCY_CODE, "to re-route the report");
        if (agencies.find(newAgencyCode).isEmpty()) {
            throw TaskInputCheck.rejected(
                    NEW_AGENCY_CODE,
                    NEW_AGENCY_CODE + " '" + newAgencyCode
                            + "' is not a known agency; GET /api/agencies lists the valid codes.");
        }
        if (newAgencyCode.equals(ProcessInputs.agencyCode(task))) {
            throw TaskInputCheck.rejected(
                    NEW_AGENCY_CODE,
                    NEW_AGENCY_CODE
                            + " is the agency that declared the report outside its authority: choose another agency.");
        }
    }
}
