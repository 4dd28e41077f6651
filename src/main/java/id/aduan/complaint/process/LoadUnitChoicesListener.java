package id.aduan.complaint.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintTaskContext.Choice;
import id.aduan.complaint.UnitDispatches;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Gives a government's dispatch task its units to choose from ({@code unitChoices}), a JSON list that the form's
 * checklist reads through {@code valuesKey}, as the verification form reads its categories.
 */
@Component
public class LoadUnitChoicesListener implements TaskListener {

    /** The task-local variable the dispatch form's checklist reads. */
    static final String UNIT_CHOICES = "unitChoices";

    private final UnitDispatches dispatches;
    private final ExecutionSubjects subjects;
    private final ObjectMapper json;

    LoadUnitChoicesListener(UnitDispatches dispatches, ExecutionSubjects subjects, ObjectMapper json) {
        this.dispatches = dispatches;
        this.subjects = subjects;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        var choices = dispatches.unitsOf(subjects.of(task).agencyCode()).stream()
                .map(unit -> new Choice(unit.name(), unit.code()))
                .toList();
        try {
            task.setVariableLocal(
                    UNIT_CHOICES,
                    SpinValues.jsonValue(json.writeValueAsString(choices)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Choices of strings are always JSON", e);
        }
    }
}
