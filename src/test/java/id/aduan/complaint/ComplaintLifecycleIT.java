package id.aduan.complaint;

import static id.aduan.StaffTasks.contextText;
import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.DatabaseTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint from submission to completion as a newcomer walks it: the public API for the reporter,
 * {@code /engine-rest} with HTTP Basic for the verifier and the agency's officer.
 */
@AduanIntegrationTest
class ComplaintLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void walksAComplaintFromSubmissionToCompletionThroughThePublicApiAndEngineRest() {
        // given a reporter files a complaint about a health centre in Musi Banyuasin
        var report = TestReports.healthComplaint("Siti Aminah", "siti.aminah@example.org", "+62 812 7777 8888");
        var submitted = api.post("/api/complaints", report);
        assertThat(submitted.status()).isEqualTo(201);
        var trackingId = submitted.json().get("trackingId").asText();
        var reporter =
                api.with("X-Access-Token", submitted.json().get("accessToken").asText());
        var path = "/api/complaints/" + trackingId;

        // then /engine-rest answers only signed-in staff, and each agency sees only its own tasks
        assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
        var verifier = api.as("verifier", "demo");
        var officer = api.as("dinkes-muba-officer", "demo");
        var otherOfficer = api.as("disdukcapil-muba-officer", "demo");
        assertThat(otherOfficer
                        .get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();
        assertThat(officer.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();

        // when the verifier opens the verification task
        var verification = onlyTask(verifier, trackingId);
        assertThat(verification.get("taskDefinitionKey").asText()).isEqualTo("UserTask_VerifyComplaint");
        var form = verifier.get("/engine-rest/task/" + verification.get("id").asText() + "/deployed-form");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("id").asText()).isEqualTo("VerifyComplaintForm");
        var formVariables = verifier.get(
                "/engine-rest/task/" + verification.get("id").asText() + "/form-variables?deserializeValues=false");
        assertThat(formVariables.json().get("trackingId").get("value").asText()).isEqualTo(trackingId);
        assertThat(contextText(formVariables.json(), "suggestedRouting"))
                .contains("Dinas Kesehatan Kabupaten Musi Banyuasin");
        assertThat(formVariables.text()).doesNotContain("Siti", "siti.aminah", "7777");

        // and verifies it
        var completed = verifier.post(
                "/engine-rest/task/" + verification.get("id").asText() + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "verificationDecision", Map.of("value", "VERIFY"),
                                "complexity", Map.of("value", "SIMPLE"),
                                "agencyCode", Map.of("value", ""))));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);

        // then the health office of Musi Banyuasin has it, and nobody else
        assertThat(reporter.get(path).json().get("status").asText()).isEqualTo("FORWARDED");
        assertThat(otherOfficer
                        .get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();
        var followUp = onlyTask(officer, trackingId);
        assertThat(followUp.get("taskDefinitionKey").asText()).isEqualTo("UserTask_FollowUpComplaint");
        assertThat(followUp.get("due").asText()).isNotBlank();

        // when the officer claims and answers it
        var taskPath = "/engine-rest/task/" + followUp.get("id").asText();
        assertThat(officer.post(taskPath + "/claim", Map.of("userId", "dinkes-muba-officer"))
                        .status())
                .isEqualTo(204);
        assertThat(reporter.get(path).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(otherOfficer
                        .post(taskPath + "/complete", Map.of("variables", Map.of()))
                        .status())
                .isIn(403, 404);
        var unanswered = officer.post(
                taskPath + "/complete", Map.of("variables", Map.of("followUpDecision", Map.of("value", "RESPOND"))));
        assertThat(unanswered.status()).as(unanswered.text()).isEqualTo(400);
        assertThat(unanswered.json().get("message").asText())
                .isEqualTo("Cannot complete the task: followUpText is required for a follow-up:"
                        + " write the agency's answer to the reporter.");
        var answered = officer.post(
                taskPath + "/complete",
                Map.of(
                        "variables",
                        Map.of(
                                "followUpDecision", Map.of("value", "RESPOND"),
                                "followUpText",
                                        Map.of("value", "Kepala puskesmas ditegur; jam layanan normal sejak Senin."))));
        assertThat(answered.status()).as(answered.text()).isEqualTo(204);

        // then the reporter sees the answer and has ten working days to accept or object
        var view = reporter.get(path).json();
        assertThat(view.get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(view.get("statusLabel").asText()).isEqualTo("Ditindaklanjuti");
        assertThat(view.get("reporterWindowDue").asText()).isNotBlank();
        assertThat(texts(view, "FOLLOWED_UP"))
                .containsExactly("Kepala puskesmas ditegur; jam layanan normal sejak Senin.");

        // when the reporter accepts and rates it
        var accepted = reporter.post(path + "/acceptance", Map.of("rating", 4, "comment", "Terima kasih"));

        // then
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(accepted.json().get("statusLabel").asText()).isEqualTo("Selesai");
        assertThat(api.get(path).json().get("rating").asInt()).isEqualTo(4);
        var lifecycle = new String[] {"ComplaintHandlingProcess", "AgencyFollowUpProcess"};
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(trackingId)
                        .processDefinitionKeyIn(lifecycle)
                        .unfinished()
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(trackingId)
                        .processDefinitionKeyIn(lifecycle)
                        .count())
                .as("the complaint's process and the agency's, with the tracking ID as business key")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(distinct n.batch_id) from notification n join complaint c on c.id ="
                                + " n.complaint_id where c.tracking_id = ?",
                        Long.class,
                        trackingId))
                .as("one delivery for each transaction that e-mailed someone: the filing's receipt and the"
                        + " verifiers' notice are one, and so are the notices of the routing")
                .isEqualTo(4);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(trackingId)
                        .processDefinitionKey("NotificationDeliveryProcess")
                        .count())
                .as("the deliveries keep no history: the outbox is theirs")
                .isZero();

        // and the reporter's identity never left Aduan's own tables
        assertThat(DatabaseTables.containing(jdbc, "Siti Aminah", "siti.aminah@example.org", "+62 812 7777 8888"))
                .containsOnly("COMPLAINT", "NOTIFICATION");
    }

    private static List<String> texts(JsonNode view, String type) {
        var texts = new ArrayList<String>();
        view.get("timeline").forEach(entry -> {
            if (entry.get("type").asText().equals(type)) {
                texts.add(entry.get("text").asText());
            }
        });
        return texts;
    }
}
