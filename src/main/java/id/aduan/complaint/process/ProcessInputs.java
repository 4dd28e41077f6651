package id.aduan.complaint.process;

import id.aduan.complaint.Actor;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the variables and the acting user that delegates and listeners pass on to the services. */
final class ProcessInputs {

    private ProcessInputs() {}

    static long complaintId(VariableScope scope) {
        return complaintId(scope::getVariable);
    }

    static long complaintId(Function<String, Object> variables) {
        return ((Number) variables.apply(ProcessVariables.COMPLAINT_ID)).longValue();
    }

    static String agencyCode(VariableScope scope) {
        return text(scope, ProcessVariables.AGENCY_CODE);
    }

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

    static List<String> texts(VariableScope scope, String name) {
        return texts(scope.getVariable(name));
    }

    static List<String> texts(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The staff member who completed the task that led here, or the system when a timer did. */
    static Actor actor(ProcessEngineServicesAware aware) {
        var authentication =
                aware.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? Actor.SYSTEM : Actor.staff(authentication.getUserId());
    }
}
