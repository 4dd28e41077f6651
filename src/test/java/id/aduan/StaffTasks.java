package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/** Staff's tasks in full-stack tests: through {@code /engine-rest} as Tasklist uses it, or the engine's Java API. */
public final class StaffTasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaffTasks() {}

    /**
     * A text of the task's context, the one JSON variable {@code context} that its form reads as {@code
     * {{context.name}}}, as the engine's Java API reads it; null where the context has no such text.
     */
    public static String contextText(TaskService tasks, String taskId, String name) {
        var context = tasks.getVariableLocalTyped(taskId, "context", false);
        assertThat(context).as("context of task %s", taskId).isNotNull();
        assertThat(context.getType().getName()).isEqualTo("json");
        return text(((SerializableValue) context).getValueSerialized(), name);
    }

    /**
     * A text of the task's context in the variables that {@code /engine-rest} gives a task form
     * ({@code GET /task/{id}/form-variables?deserializeValues=false}), as Tasklist reads them: a variable of type
     * {@code Json}, whose value is its JSON.
     */
    public static String contextText(JsonNode formVariables, String name) {
        var context = formVariables.get("context");
        assertThat(context).as("context in %s", formVariables).isNotNull();
        assertThat(context.get("type").asText()).isEqualTo("Json");
        var value = context.get("value");
        assertThat(value.isTextual())
                .as("the context's JSON as text: form-variables?deserializeValues=false, as Tasklist reads it")
                .isTrue();
        return text(value.asText(), name);
    }

    private static String text(String json, String name) {
        try {
            return textOf(JSON.readTree(json), name);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The context is not JSON: " + json, e);
        }
    }

    private static String textOf(JsonNode context, String name) {
        var text = context.get(name);
        return text == null || text.isNull() ? null : text.asText();
    }

    /** The one task of the report that the staff member sees. */
    public static JsonNode onlyTask(ApiClient staff, String trackingId) {
        var tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                .json();
        assertThat(tasks).as("tasks of %s for %s", trackingId, staff).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the report's one task through {@code /engine-rest} with the form fields' values. */
    public static void complete(ApiClient staff, String trackingId, Map<String, String> values) {
        var task = onlyTask(staff, trackingId);
        var response = staff.post("/engine-rest/task/" + task.get("id").asText() + "/complete", completion(values));
        assertThat(response.status()).as(response.text()).isEqualTo(204);
    }

    /** The body of {@code POST /engine-rest/task/{id}/complete} with the form fields' values. */
    public static Map<String, Object> completion(Map<String, ?> values) {
        var variables = new HashMap<String, Object>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    /**
     * Completes the report's one task through the engine's Java API, signed in as the user with their groups
     * (with authorization on, a user without groups sees no task).
     */
    public static void complete(
            TaskService tasks, IdentityService identity, String trackingId, String user, Map<String, Object> values) {
        var groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(user, groups);
        try {
            var task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .singleResult();
            assertThat(task).as("the task of %s for %s", trackingId, user).isNotNull();
            tasks.complete(task.getId(), values);
        } finally {
            identity.clearAuthentication();
        }
    }
}
