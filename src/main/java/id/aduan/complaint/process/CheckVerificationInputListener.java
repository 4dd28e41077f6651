package id.aduan.complaint.process;

import static id.aduan.complaint.process.ProcessVariables.AGENCY_CODE;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON;
import static id.aduan.complaint.process.ProcessVariables.ARCHIVE_REASON_CODE;
import static id.aduan.complaint.process.ProcessVariables.COMPLEXITY;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_CATEGORY_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_REGION_CODE;
import static id.aduan.complaint.process.ProcessVariables.CORRECTED_TITLE;
import static id.aduan.complaint.process.ProcessVariables.DUPLICATE_OF;
import static id.aduan.complaint.process.ProcessVariables.INFO_REQUEST;
import static id.aduan.complaint.process.ProcessVariables.VERIFICATION_DECISION;

import id.aduan.agency.AgencyService;
import id.aduan.complaint.ArchiveReason;
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
 * title, category and region the verifier set (a report by SMS needs its category and region), whoever wrote them; to
 * archive as a duplicate, the report it repeats; whatever the decision, that the anonymous and confidential flags are
 * not cleared.
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
        var complaintId = subjects.report(task).complaintId();
        var decision = TaskInputCheck.choice(task, VERIFICATION_DECISION, VerificationDecision.class);
        checkProtection(task, complaintId);
        switch (decision) {
            case ARCHIVE -> checkArchive(task, complaintId);
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
                checkRouting(task, complaintId, agencyCode);
            }
        }
    }

    /** Staff may mark a report anonymous or confidential, never clear either flag. */
    private void checkProtection(DelegateTask task, long complaintId) {
        try {
            lifecycle.checkProtection(complaintId, ProcessInputs.protection(task));
        } catch (FieldProblemException problem) {
            var field = problem.error().field();
            throw TaskInputCheck.rejected(field, field + " " + problem.error().message() + ".");
        }
    }

    /** The reason from the list, the verifier's own words, and for a duplicate the report it repeats. */
    private void checkArchive(DelegateTask task, long complaintId) {
        TaskInputCheck.choice(task, ARCHIVE_REASON_CODE, ArchiveReason.class);
        TaskInputCheck.optionalText(task, ARCHIVE_REASON);
        try {
            lifecycle.checkArchive(complaintId, ProcessInputs.archiveDecision(task));
        } catch (FieldProblemException problem) {
            throw TaskInputCheck.rejected(
                    DUPLICATE_OF, DUPLICATE_OF + " " + problem.error().message() + ".");
        }
    }

    /**
     * The corrections are checked with the routing, which reads the corrected category and region. A routing rule
     * that names an agency which does not exist leaves the choice to the verifier.
     */
    private void checkRouting(DelegateTask task, long complaintId, String agencyCode) {
        try {
            lifecycle.checkRouting(complaintId, agencyCode, ProcessInputs.correction(task));
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
