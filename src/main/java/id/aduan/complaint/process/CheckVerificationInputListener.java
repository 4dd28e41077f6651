package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_CATEGORY_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_REGION_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_TITLE;
import static id.aduan.complaint.process.ProcessVariables.INFO_REQUEST;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.ComplaintLifecycle;
import id.aduan.deadline.Complexity;
import id.aduan.routing.UnknownRuleAgencyException;
import id.aduan.system.FieldProblemException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the verification form: the decision, and the reason, question or agency it needs; to verify, also the
 * title, category and region the verifier set (a report by SMS needs its category and region), whoever wrote them.
 */
@Component
public class CheckVerificationInputListener implements TaskListener {

    /** The report's fields as the lifecycle names them, by the form's fields that correct them. */
    private static final Map<String, String> CORRECTION_FIELDS = Map.of(
            "title", CORRECTED_TITLE,
            "categoryCode", CORRECTED_CATEGORY_CODE,
            "regionCode", CORRECTED_REGION_CODE);

    private final AgencyService agencies;
    private final ComplaintLifecycle lifecycle;
    private final ExecutionSubjects subjects;

    CheckVerificationInputListener(AgencyService agencies, ComplaintLifecycle lifecycle, ExecutionSubjects subjects) {
        this.agencies = agencies;
        this.lifecycle = lifecycle;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInputCheck.onlyFormFields(task, FormFields.VERIFY_COMPLAINT);
        switch (TaskInputCheck.choice(task, VERIFICATION_DECISION, VerificationDecision.class)) {
            case ARCHIVE -> TaskInputCheck.requiredText(task, ARCHIVE_REASON, "to archive a report");
            case DEFER -> TaskInputCheck.requiredText(task, INFO_REQUEST, "to defer a report: ask the reporter");
            case VERIFY -> {
                TaskInputCheck.choice(task, COMPLEXITY, Complexity.class);
                var agencyCode = ProcessInputs.text(task, AGENCY_CODE);
                if (agencyCode != null && agencies.find(agencyCode).isEmpty()) {
                    throw TaskInputCheck.rejected(
                            AGENCY_CODE,
                            AGENCY_CODE + " '" + agencyCode
                                    + "' is not a known agency: correct it, or leave it empty to follow the routing rules.");
                }
                checkRouting(task, agencyCode);
            }
        }
    }

    /**
     * The corrections are checked with the routing, which reads the corrected category and region. A routing rule
     * that names an agency which does not exist leaves the choice to the verifier.
     */
    private void checkRouting(DelegateTask task, String agencyCode) {
        try {
            lifecycle.checkRouting(subjects.report(task).complaintId(), agencyCode, ProcessInputs.correction(task));
        } catch (FieldProblemException problem) {
            var field = CORRECTION_FIELDS.get(problem.error().field());
            throw TaskInputCheck.rejected(field, field + " " + problem.error().message() + ".");
        } catch (UnknownRuleAgencyException unknown) {
            throw TaskInputCheck.rejected(
                    AGENCY_CODE,
                    "The routing rules send this report to '" + unknown.agencyCode() + "', which no agency has: "
                            + "choose the agency in " + AGENCY_CODE
                            + " (and have ComplaintRoutingDecision.dmn corrected).");
        }
    }
}
