package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.ApiClient;
import java.util.HashMap;
import java.util.Map;

/** Staff's tasks in full-stack tests, through {@code /engine-rest} as Tasklist and partner systems use it. */
final class StaffTasks {

    private StaffTasks() {}

    /** The one task of the report that the staff member sees. */
    static JsonNode onlyTask(ApiClient staff, String trackingId) {
        var tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                .json();
        assertThat(tasks).as("tasks of %s for %s", trackingId, staff).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the report's one task with the form fields' values. */
    static void complete(ApiClient staff, String trackingId, Map<String, String> values) {
        var task = onlyTask(staff, trackingId);
        var variables = new HashMap<String, Object>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        var response = staff.post(
                "/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of("variables", variables));
        assertThat(response.status()).as(response.text()).isEqualTo(204);
    }
}
