package id.aduan.complaint.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.complaint.ComplaintTaskContext;
import id.aduan.complaint.ProcessSubject;
import id.aduan.complaint.ProcessSubjects;
import id.aduan.system.EngineAuthentication;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's content and history on its open tasks current, for the task forms. The values
 * are task-local variables, most of them in one JSON variable ({@link FormFields#CONTEXT}), and hold nothing about the
 * reporter. They are for display only: no step reads them.
 */
@Component
class TaskContextRefresher {

    private static final TypeReference<Map<String, Object>> TEXTS = new TypeReference<>() {};

    private final ComplaintTaskContext context;
    private final ProcessSubjects subjects;
    private final TaskService tasks;
    private final IdentityService identity;

    private final ObjectMapper json;

    TaskContextRefresher(
            ComplaintTaskContext context,
            ProcessSubjects subjects,
            TaskService tasks,
            IdentityService identity,
            ObjectMapper json) {
        this.context = context;
        this.json = json;
        this.subjects = subjects;
        this.tasks = tasks;
        this.identity = identity;
    }

    /**
     * What the task's form shows of the report and the task ({@link FormFields#SHOWN_BY_FORM}): what the task cards
     * show as variables of their own, the rest as the one JSON variable {@link FormFields#CONTEXT}.
     */
    Map<String, Object> contextOf(ProcessSubject subject, Date due, String formId) {
        return shownByForm(context.forTask(subject, instant(due)), formId);
    }

    private Map<String, Object> shownByForm(Map<String, Object> context, String formId) {
        var shown = FormFields.SHOWN_BY_FORM.get(formId);
        var values = new HashMap<String, Object>();
        // sorted, so that the same texts are the same JSON, which a refresh compares
        var texts = new TreeMap<String, Object>();
        context.forEach((name, value) -> {
            if (!shown.contains(name)) {
                return;
            }
            if (FormFields.ON_TASK_CARDS.contains(name)) {
                values.put(name, value);
            } else {
                texts.put(name, value);
            }
        });
        values.put(FormFields.CONTEXT, jsonValue(texts));
        return values;
    }

    private TypedValue jsonValue(Map<String, Object> texts) {
        try {
            // a JSON value, as the lists of the forms' selects are: Tasklist gives the form parsed JSON
            return SpinValues.jsonValue(json.writeValueAsString(texts)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of texts is always JSON", e);
        }
    }

    /**
     * Refreshes every open task of a report, such as after a reporter's message, writing only the values that changed
     * (the context is one row, each text of the task cards a row of its own). It runs with the engine's own rights,
     * because the one who triggers it need not be allowed to see those tasks.
     */
    void refresh(String trackingId) {
        EngineAuthentication.withoutUser(identity, () -> {
            for (var task : tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .initializeFormKeys()
                    .list()) {
                refresh(trackingId, task);
            }
        });
    }

    /**
     * Refreshes one open task of the report, read with its form key ({@code initializeFormKeys}), such as after its
     * due date moved; a task without one of Aduan's forms has nothing to refresh.
     */
    void refresh(String trackingId, Task task) {
        var form = task.getCamundaFormRef();
        if (form == null || !FormFields.SHOWN_BY_FORM.containsKey(form.getKey())) {
            return;
        }
        var subject = subjects.of(trackingId, task.getProcessInstanceId());
        var names = new HashSet<>(FormFields.SHOWN_BY_FORM.get(form.getKey()));
        names.add(FormFields.CONTEXT);
        var shown = tasks.getVariablesLocalTyped(task.getId(), names, false);
        var texts = new HashMap<>(this.context.forOpenTask(subject, instant(task.getDueDate())));
        Map<String, Object> context;
        if (shown.containsKey(FormFields.CONTEXT)) {
            // what the task keeps from its creation (the routing suggestion), which the JSON is written with again
            keptTexts(shown.getValueTyped(FormFields.CONTEXT)).forEach(texts::putIfAbsent);
            context = shownByForm(texts, form.getKey());
        } else {
            // a task created before the context was one variable, whose form (of its deployment) reads each text
            context = new HashMap<>();
            texts.forEach((name, value) -> {
                if (shown.containsKey(name)) {
                    context.put(name, value);
                }
            });
        }
        var changed = new HashMap<String, Object>();
        context.forEach((name, value) -> {
            if (!Objects.equals(comparable(shown.getValueTyped(name)), comparable(value))) {
                changed.put(name, value);
            }
        });
        if (!changed.isEmpty()) {
            tasks.setVariablesLocal(task.getId(), changed);
        }
    }

    /**
     * The texts of a task's context as it is: none where it is not the JSON of texts that this class writes (a value
     * someone else wrote through {@code /engine-rest} does not stop the refresh).
     */
    private Map<String, Object> keptTexts(TypedValue context) {
        if (!(context instanceof SerializableValue serializable) || serializable.getValueSerialized() == null) {
            return Map.of();
        }
        var serialized = serializable.getValueSerialized();
        Map<String, Object> texts;
        try {
            texts = json.readValue(serialized, TEXTS);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
        var kept = new HashMap<String, Object>();
        if (texts != null) {
            texts.forEach((name, value) -> {
                if (value instanceof String) {
                    kept.put(name, value);
                }
            });
        }
        return kept;
    }

    /** A text as it is, the JSON of the context as written. */
    private static Object comparable(Object value) {
        if (value instanceof SerializableValue serializable) {
            return serializable.getValueSerialized();
        }
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
