package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/** Staff's tasks in full-stack tests: through {@code /engine-rest} as Tasklist uses it, or the engine's Java API. */
public final class StaffTasks {

    private StaffTasks() {}

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
