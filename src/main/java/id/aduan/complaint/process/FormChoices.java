package id.aduan.complaint.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintTaskContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The lists that a form's selects offer instead of typed codes, given to its task when the task is created
 * ({@link LoadTaskContextListener}) as JSON variables, which Tasklist reads through a select's {@code valuesKey}.
 * The verification form's lists come from {@link LoadVerificationChoicesListener}.
 */
@Component
class FormChoices {

    static final String AGENCY_CHOICES = "agencyChoices";

    /** The lists each form's selects read, by form id; {@code ProcessModelTest} checks them against the forms. */
    static final Map<String, Set<String>> BY_FORM = Map.of(
            AgencyFollowUpProcess.FORM_REROUTE_COMPLAINT,
            Set.of(AGENCY_CHOICES),
            AgencyFollowUpProcess.FORM_DISPATCH_COMPLAINT,
            Set.of(LoadUnitChoicesListener.UNIT_CHOICES));

    private final ComplaintTaskContext context;
    private final ObjectMapper json;

    FormChoices(ComplaintTaskContext context, ObjectMapper json) {
        this.context = context;
        this.json = json;
    }

    /** The lists the form's selects read, by variable name; none for a form without such selects. */
    Map<String, TypedValue> of(String formId) {
        if (!BY_FORM.getOrDefault(formId, Set.of()).contains(AGENCY_CHOICES)) {
            return Map.of();
        }
        return Map.of(AGENCY_CHOICES, jsonValue(context.agencyChoices()));
    }

    /** Written afresh for each task: the forms with such lists are rare tasks (re-routing). */
    private TypedValue jsonValue(List<?> list) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(list)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Choices of strings are always JSON", e);
        }
    }
}
