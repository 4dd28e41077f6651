package id.aduan.complaint;

import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report routed to a government, through the public API and {@code /engine-rest} as Tasklist uses it: Pemkab Musi
 * Banyuasin's coordinator dispatches it to two units, each unit drafts, the liaison officer (whose approval the demo
 * data requires for Musi Banyuasin) returns one draft and approves both, and the reporter reads one answer.
 */
@AduanIntegrationTest
class GovernmentDispatchIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void theCoordinatorDispatchesTheLiaisonOfficerApprovesAndTheReporterReadsTheGovernmentsOneAnswer() {
        // given a report that the verifier routes to the regency government of Musi Banyuasin
        var report = routed(
                TestReports.healthComplaint("Siti Aminah", "siti.aminah@example.org", "+62 812 1"), "PEMKAB-MUBA");
        var trackingId = report.trackingId();
        var reporter = report.reporter();

        // then its coordinator has the dispatch task, with the regency's units to choose from
        var coordinator = api.as("pemkab-muba-officer", "demo");
        var dispatch = onlyTask(coordinator, trackingId);
        assertThat(dispatch.get("taskDefinitionKey").asText()).isEqualTo("UserTask_DispatchComplaint");
        assertThat(dispatch.get("name").asText()).isEqualTo("Disposisikan ke unit kerja");
        var choices = coordinator
                // as Tasklist reads them for Camunda Forms
                .get("/engine-rest/task/" + dispatch.get("id").asText() + "/form-variables?deserializeValues=false")
                .json()
                .get("unitChoices")
                .get("value")
                .asText();
        assertThat(choices).contains("DINKES-MUBA", "DPUPR-MUBA", "Dinas Kesehatan Kabupaten Musi Banyuasin");
        assertThat(choices).doesNotContain("DINKES-OKI", "Siti");

        // when the coordinator names another regency's unit, the task stays open naming the field
        var refused = coordinator.post(
                "/engine-rest/task/" + dispatch.get("id").asText() + "/complete",
                Map.of("variables", Map.of("followUpDecision", text("DISPATCH"), "unitCodes", units("DINKES-OKI"))));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("unitCodes");

        // when the coordinator dispatches to the health office and public works with a note
        complete(
                coordinator,
                dispatch,
                Map.of(
                        "followUpDecision", text("DISPATCH"),
                        "unitCodes", units("DINKES-MUBA", "DPUPR-MUBA"),
                        "dispatchNote", text("Mohon dijawab sesuai bidang masing-masing.")));

        // then each unit's officers draft their part, and the coordinator has nothing left to do
        assertThat(coordinator
                        .get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();
        assertThat(reporter.get("/api/complaints/" + trackingId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        var health = api.as("dinkes-muba-officer", "demo");
        var works = api.as("dpupr-muba-officer", "demo");
        var healthDraft = onlyTask(health, trackingId);
        assertThat(healthDraft.get("taskDefinitionKey").asText()).isEqualTo("UserTask_DraftAnswer");
        assertThat(health.get("/engine-rest/task/" + healthDraft.get("id").asText() + "/form-variables")
                        .json()
                        .get("coordinatorNote")
                        .get("value")
                        .asText())
                // as the form's Markdown shows it
                .isEqualTo("Mohon dijawab sesuai bidang masing\\-masing\\.");
        complete(health, healthDraft, Map.of("unitAnswer", text("Puskesmas Sekayu buka kembali pukul 07.30.")));
        complete(works, onlyTask(works, trackingId), Map.of("unitAnswer", text("Jalan ke puskesmas diperbaiki.")));

        // then the regency's liaison officer has both drafts to approve, and the units nothing
        var liaison = api.as("pemkab-muba-liaison", "demo");
        var approvals = liaison.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                .json();
        assertThat(approvals).hasSize(2);
        assertThat(health.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                        .json())
                .isEmpty();

        // when the liaison officer returns the public works draft with a reason, and approves the health office's
        for (var approval : approvals) {
            var shown = liaison.get("/engine-rest/task/" + approval.get("id").asText() + "/form-variables")
                    .json();
            assertThat(approval.get("name").asText()).isEqualTo("Setujui jawaban");
            if (shown.get("unitDraft").get("value").asText().startsWith("Jalan")) {
                complete(
                        liaison,
                        approval,
                        Map.of("approvalDecision", text("RETURN"), "returnReason", text("Sebutkan tanggal selesai.")));
            } else {
                complete(liaison, approval, Map.of("approvalDecision", text("APPROVE")));
            }
        }

        // then public works drafts again, reading why, and the reporter still waits
        var redraft = onlyTask(works, trackingId);
        assertThat(works.get("/engine-rest/task/" + redraft.get("id").asText() + "/form-variables")
                        .json()
                        .get("returnedBecause")
                        .get("value")
                        .asText())
                .isEqualTo("Sebutkan tanggal selesai\\.");
        assertThat(reporter.get("/api/complaints/" + trackingId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        complete(works, redraft, Map.of("unitAnswer", text("Jalan ke puskesmas selesai diperbaiki 30 Mei.")));
        complete(liaison, onlyTask(liaison, trackingId), Map.of("approvalDecision", text("APPROVE")));

        // then the reporter reads one answer of the regency, each unit's part under its name
        var view = reporter.get("/api/complaints/" + trackingId).json();
        assertThat(view.get("status").asText()).isEqualTo("FOLLOWED_UP");
        var answers = texts(view, "FOLLOWED_UP");
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0))
                .contains(
                        "Dinas Kesehatan Kabupaten Musi Banyuasin:\nPuskesmas Sekayu buka kembali pukul 07.30.",
                        "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Musi Banyuasin:\n"
                                + "Jalan ke puskesmas selesai diperbaiki 30 Mei.")
                .doesNotContain("Sebutkan tanggal selesai.");
        // the steps inside the regency are for staff only
        assertThat(texts(view, "DISPATCHED_TO_UNIT")).isEmpty();
        assertThat(texts(view, "UNIT_ANSWER_RETURNED")).isEmpty();

        // and the statistics count the regency's one assignment, answered, and no unit's
        var complaintId = jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
        assertThat(jdbc.queryForList(
                        "select agency_code || ' ' || status from complaint_assignment where complaint_id = ?",
                        String.class,
                        complaintId))
                .containsExactly("PEMKAB-MUBA FOLLOWED_UP");
        assertThat(jdbc.queryForList(
                        "select d.unit_code || ' ' || d.status from unit_dispatch d"
                                + " join complaint_assignment a on a.id = d.assignment_id"
                                + " where a.complaint_id = ? order by d.id",
                        String.class,
                        complaintId))
                .containsExactly("DINKES-MUBA CLOSED", "DPUPR-MUBA CLOSED");
        assertThat(jdbc.queryForList(
                        "select type from complaint_event where complaint_id = ? and type in"
                                + " ('DISPATCHED_TO_UNIT', 'UNIT_ANSWER_DRAFTED', 'UNIT_ANSWER_APPROVED',"
                                + " 'UNIT_ANSWER_RETURNED') order by id",
                        String.class,
                        complaintId))
                .containsExactlyInAnyOrder(
                        "DISPATCHED_TO_UNIT",
                        "DISPATCHED_TO_UNIT",
                        "UNIT_ANSWER_DRAFTED",
                        "UNIT_ANSWER_DRAFTED",
                        "UNIT_ANSWER_RETURNED",
                        "UNIT_ANSWER_APPROVED",
                        "UNIT_ANSWER_DRAFTED",
                        "UNIT_ANSWER_APPROVED");

        // and the units' officers and the liaison officer were told, without anything of the reporter
        var told = jdbc.queryForList(
                "select kind || ' ' || recipient from notification where complaint_id = ? and kind in"
                        + " ('DISPATCHED_TO_UNIT', 'ANSWER_TO_APPROVE', 'ANSWER_RETURNED') order by id",
                String.class,
                complaintId);
        assertThat(told)
                .contains(
                        "DISPATCHED_TO_UNIT dinkes-muba-officer@demo.aduan.invalid",
                        "DISPATCHED_TO_UNIT dpupr-muba-officer@demo.aduan.invalid",
                        "ANSWER_TO_APPROVE pemkab-muba-liaison@demo.aduan.invalid",
                        "ANSWER_RETURNED dpupr-muba-officer@demo.aduan.invalid")
                .noneMatch(line -> line.contains("pemkab-muba-officer@"));
        assertThat(jdbc.queryForList(
                        "select content from notification where complaint_id = ? and audience = 'STAFF'",
                        String.class,
                        complaintId))
                .isNotEmpty()
                .noneMatch(content -> content.contains("Siti") || content.contains("siti.aminah"));
    }

    @Test
    void aUnitsDirectAnswerWaitsForTheGovernmentsLiaisonOfficerWhereTheUnitRequiresApproval() {
        // given the health office of Musi Banyuasin, now requiring its government's approval of its answers
        var administrator = api.as("verifier", "demo");
        var agencies = administrator.get("/api/agencies").json();
        var health = new ArrayList<JsonNode>();
        agencies.forEach(agency -> {
            if (agency.get("code").asText().equals("DINKES-MUBA")) {
                health.add(agency);
            }
        });
        assertThat(health).hasSize(1);
        var approving = requiringApproval(health.get(0), true);
        var changed = administrator.put("/api/agencies/DINKES-MUBA", approving);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("requiresLiaisonApproval").asBoolean()).isTrue();
        try {
            // and a report the verifier routes to the health office itself
            var report = routed(
                    TestReports.healthComplaint("Rahmat Hidayat", "rahmat@example.org", "+62 812 2"), "DINKES-MUBA");
            var trackingId = report.trackingId();
            var reporter = report.reporter();

            // when its officer answers
            var officer = api.as("dinkes-muba-officer", "demo");
            var followUp = onlyTask(officer, trackingId);
            assertThat(followUp.get("taskDefinitionKey").asText()).isEqualTo("UserTask_FollowUpComplaint");
            complete(
                    officer,
                    followUp,
                    Map.of("followUpDecision", text("RESPOND"), "followUpText", text("Puskesmas buka pukul 07.30.")));

            // then the reporter does not see it yet: the regency's liaison officer approves it first
            assertThat(reporter.get("/api/complaints/" + trackingId)
                            .json()
                            .get("status")
                            .asText())
                    .isNotEqualTo("FOLLOWED_UP");
            var liaison = api.as("pemkab-muba-liaison", "demo");
            var approval = onlyTask(liaison, trackingId);
            assertThat(approval.get("taskDefinitionKey").asText()).isEqualTo("UserTask_ApproveAgencyAnswer");
            assertThat(approval.get("name").asText()).isEqualTo("Setujui jawaban instansi");
            var shown = liaison.get("/engine-rest/task/" + approval.get("id").asText() + "/form-variables")
                    .json();
            assertThat(shown.get("unitDraft").get("value").asText()).isEqualTo("Puskesmas buka pukul 07\\.30\\.");
            assertThat(shown.toString()).doesNotContain("Rahmat", "rahmat@");
            assertThat(officer.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                            .json())
                    .isEmpty();

            // when the liaison officer's completion also rewrites the answer, it is refused: the kept answer is
            // approved
            var refused = liaison.post(
                    "/engine-rest/task/" + approval.get("id").asText() + "/complete",
                    Map.of("variables", Map.of("approvalDecision", text("APPROVE"), "followUpText", text("Diubah."))));
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).contains("followUpText");

            // when the liaison officer approves
            complete(liaison, approval, Map.of("approvalDecision", text("APPROVE")));

            // then the reporter reads the approved answer
            var view = reporter.get("/api/complaints/" + trackingId).json();
            assertThat(view.get("status").asText()).isEqualTo("FOLLOWED_UP");
            assertThat(texts(view, "FOLLOWED_UP")).containsExactly("Puskesmas buka pukul 07.30.");
            var complaintId =
                    jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
            assertThat(jdbc.queryForList(
                            "select type || ' ' || agency_code from complaint_event where complaint_id = ? and type in"
                                    + " ('UNIT_ANSWER_DRAFTED', 'UNIT_ANSWER_APPROVED', 'FOLLOWED_UP') order by id",
                            String.class,
                            complaintId))
                    .containsExactly(
                            "UNIT_ANSWER_DRAFTED DINKES-MUBA",
                            "UNIT_ANSWER_APPROVED DINKES-MUBA",
                            "FOLLOWED_UP DINKES-MUBA");
            assertThat(jdbc.queryForList(
                            "select recipient from notification where complaint_id = ? and kind = 'ANSWER_TO_APPROVE'",
                            String.class,
                            complaintId))
                    .containsExactly("pemkab-muba-liaison@demo.aduan.invalid");
        } finally {
            var restored = administrator.put("/api/agencies/DINKES-MUBA", requiringApproval(health.get(0), false));
            assertThat(restored.status()).as(restored.text()).isEqualTo(200);
        }
    }

    /** A report filed through the public API, which the verifier routes to this agency. */
    private Routed routed(Object report, String agencyCode) {
        var submitted = api.post("/api/complaints", report);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        var trackingId = submitted.json().get("trackingId").asText();
        var verifier = api.as("verifier", "demo");
        complete(
                verifier,
                onlyTask(verifier, trackingId),
                Map.of(
                        "verificationDecision", text("VERIFY"),
                        "complexity", text("SIMPLE"),
                        "agencyCode", text(agencyCode)));
        return new Routed(
                trackingId,
                api.with("X-Access-Token", submitted.json().get("accessToken").asText()));
    }

    private record Routed(String trackingId, ApiClient reporter) {}

    private static Map<String, Object> requiringApproval(JsonNode agency, boolean required) {
        var body = new java.util.HashMap<String, Object>();
        for (var field : List.of("name", "level", "parentCode", "regionCode", "timeZone")) {
            if (agency.hasNonNull(field)) {
                body.put(field, agency.get(field).asText());
            }
        }
        body.put("requiresLiaisonApproval", required);
        return body;
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value);
    }

    /** A checklist's value as Tasklist submits it: a JSON list. */
    private static Map<String, Object> units(String... codes) {
        return Map.of(
                "value",
                List.of(codes).stream()
                        .map(code -> "\"" + code + "\"")
                        .toList()
                        .toString()
                        .replace(" ", ""),
                "type",
                "Json");
    }

    private static void complete(ApiClient staff, JsonNode task, Map<String, Object> variables) {
        var response = staff.post(
                "/engine-rest/task/" + task.get("id").asText() + "/complete", Map.of("variables", variables));
        assertThat(response.status()).as(response.text()).isEqualTo(204);
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
