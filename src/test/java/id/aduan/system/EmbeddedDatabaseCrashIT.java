package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.ApiClient;
import id.aduan.complaint.TestReports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run, {@code java -jar} with its embedded H2 database in {@code ./data}, killed (SIGKILL) right after
 * it acknowledged a reporter's acceptance: started again on the same files, it has the acceptance and the report.
 */
class EmbeddedDatabaseCrashIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Path LOGS = Path.of("target", "crash");

    @TempDir
    Path directory;

    @Test
    void keepsAnAcceptanceItAcknowledgedWhenKilledRightAfterwards() {
        // given Aduan's default run, and a report that an agency has answered
        String path;
        String token;
        try (var node = start("acknowledged")) {
            var api = ApiClient.on(node.port());
            var submitted = api.post(
                    "/api/complaints",
                    TestReports.healthComplaint("Dewi Lestari", "dewi@example.org", "+62 812 5555 6666"));
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
            var trackingId = submitted.json().get("trackingId").asText();
            path = "/api/complaints/" + trackingId;
            token = submitted.json().get("accessToken").asText();
            complete(
                    api.as("verifier", "demo"),
                    trackingId,
                    Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
            complete(
                    api.as("dinkes-muba-officer", "demo"),
                    trackingId,
                    Map.of("followUpDecision", "RESPOND", "followUpText", "Jam layanan puskesmas sudah dipulihkan."));

            // when the reporter accepts the answer, and Aduan is killed as soon as it has said so
            var accepted = api.with("X-Access-Token", token).post(path + "/acceptance", Map.of("rating", 4));
            node.kill();
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        }

        // then, started again on the same files, it has the report and the acceptance
        try (var node = start("restarted")) {
            var view = ApiClient.on(node.port()).with("X-Access-Token", token).get(path);
            assertThat(view.status()).as(view.text()).isEqualTo(200);
            assertThat(view.json().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(view.json().get("rating").asInt()).isEqualTo(4);
        }
    }

    /** Starts the default run in the test's directory and waits until it is ready; its output goes to the log. */
    private NodeProcess start(String log) {
        var node = NodeProcess.startDefault(directory, LOGS.resolve(log + ".log"));
        try {
            node.awaitReady(START);
            return node;
        } catch (RuntimeException notReady) {
            node.close();
            throw notReady;
        }
    }

    /** Completes the report's only task that the staff member sees, with the form's fields. */
    private static void complete(ApiClient staff, String trackingId, Map<String, String> fields) {
        var tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                .json();
        assertThat(tasks).hasSize(1);
        var variables = new HashMap<String, Object>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        var completed = staff.post(
                "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", Map.of("variables", variables));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    }
}
