package id.aduan.complaint.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.aduan.complaint.ComplaintTaskContext;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Presets the verification form's corrections with the report's title, category and region, and its flags with the
 * report's anonymous and confidential ones, and gives the new task the categories and regions to choose from, and the
 * open reports it may duplicate. The presets are the instance's, as the form's {@code complexity} is:
 * Tasklist submits a form onto the task, where a task-local variable of the same name would keep the value from the
 * instance. The lists are the task's own JSON variables, as Tasklist reads a select's {@code valuesKey}, never
 * serialized Java objects. The same list (the same instance, as {@link ComplaintTaskContext#forVerification} keeps
 * it) is written as JSON once.
 */
@Component
public class LoadVerificationChoicesListener implements TaskListener {

    private final ComplaintTaskContext context;
    private final ExecutionSubjects subjects;
    private final ObjectMapper json;
    /** The JSON of each list while that list is in use: weak keys, compared by identity. */
    private final Cache<List<?>, String> jsonOfList =
            Caffeine.newBuilder().weakKeys().build();

    LoadVerificationChoicesListener(ComplaintTaskContext context, ExecutionSubjects subjects, ObjectMapper json) {
        this.context = context;
        this.subjects = subjects;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        var presets = new HashMap<String, Object>();
        var choices = new HashMap<String, Object>();
        context.forVerification(subjects.report(task).complaintId()).forEach((name, value) -> {
            if (FormFields.PRESETS.contains(name)) {
                presets.put(name, value);
            } else {
                choices.put(
                        name,
                        value instanceof List<?> list
                                ? SpinValues.jsonValue(jsonOfList.get(list, this::toJson))
                                        .create()
                                : value);
            }
        });
        task.getExecution().setVariables(presets);
        task.setVariablesLocal(choices);
    }

    private String toJson(List<?> list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Choices of strings are always JSON", e);
        }
    }
}
