package id.aduan.complaint.process;

import id.aduan.complaint.Actor;
import id.aduan.complaint.ArchiveDecision;
import id.aduan.complaint.ArchiveReason;
import id.aduan.complaint.ReportCorrection;
import id.aduan.complaint.ReportProtection;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the form fields and decision results that delegates and listeners pass on to the services, and the acting
 * user. Which report and agency a step is about never comes from here: see {@link ExecutionSubjects}.
 */
final class ProcessInputs {

    private ProcessInputs() {}

    /** A text variable, or null when it is missing or blank (forms submit empty fields as ""). */
    static String text(VariableScope scope, String name) {
        return text(scope.getVariable(name));
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        var text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The verifier's title, category and region, as preset with the report's and submitted with the form. */
    static ReportCorrection correction(VariableScope scope) {
        return new ReportCorrection(
                text(scope, ProcessVariables.CORRECTED_TITLE),
                text(scope, ProcessVariables.CORRECTED_CATEGORY_CODE),
                text(scope, ProcessVariables.CORRECTED_REGION_CODE));
    }

    /** The verifier's decision to archive, whose reason the task's check has checked. */
    static ArchiveDecision archiveDecision(VariableScope scope) {
        return new ArchiveDecision(
                ArchiveReason.valueOf(text(scope, ProcessVariables.ARCHIVE_REASON_CODE)),
                text(scope, ProcessVariables.ARCHIVE_REASON),
                text(scope, ProcessVariables.DUPLICATE_OF));
    }

    /** The verifier's anonymous and confidential flags, as preset with the report's and submitted with the form. */
    static ReportProtection protection(VariableScope scope) {
        return new ReportProtection(
                flag(scope.getVariable(ProcessVariables.ANONYMOUS)),
                flag(scope.getVariable(ProcessVariables.CONFIDENTIAL)));
    }

    private static Boolean flag(Object value) {
        return value instanceof Boolean checked ? checked : null;
    }

    /** The staff member who completed the task that led here, or the system when a timer did. */
    static Actor actor(ProcessEngineServicesAware aware) {
        var authentication =
                aware.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? Actor.SYSTEM : Actor.staff(authentication.getUserId());
    }
}
