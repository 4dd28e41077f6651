package id.aduan.complaint;

import static id.aduan.StaffTasks.complete;
import static id.aduan.StaffTasks.contextText;
import static id.aduan.complaint.EngineClock.now;
import static id.aduan.complaint.EngineClock.wib;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deadlines on the real calendar and database, with the engine's clock moved through Nyepi and Idul
 * Fitri in March 2026: the clock pauses while an agency waits for the reporter, an objection gives the
 * agency a new deadline, missed deadlines escalate, and silence closes the report.
 */
@AduanIntegrationTest
class DeadlinesIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    private ApiClient api;
    private ApiClient verifier;
    private ApiClient officer;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        verifier = api.as("verifier", "demo");
        officer = api.as("dinkes-muba-officer", "demo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void pausesForTheReportersInformationGivesANewDeadlineAfterAnObjectionAndClosesOnSilence() {
        // given a complaint filed on Monday 16 March 2026 and verified on Tuesday 17 March
        now("2026-03-16T09:00");
        var submitted = api.post(
                        "/api/complaints", TestReports.healthComplaint("Rina", "rina@example.org", "+62 813 1234 5678"))
                .json();
        var trackingId = submitted.get("trackingId").asText();
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText());
        var path = "/api/complaints/" + trackingId;
        assertThat(instant(reporter.get(path).json().get("verificationDue"))).isEqualTo(wib("2026-03-26T23:59:59"));
        now("2026-03-17T10:00");
        complete(verifier, trackingId, Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));

        // then the agency has five working days: 25, 26, 27, 30 and 31 March
        assertThat(followUpDue(reporter, path)).isEqualTo(wib("2026-03-31T23:59:59"));
        assertThat(taskDue(trackingId)).isEqualTo(wib("2026-03-31T23:59:59"));

        // when the agency asks the reporter for information
        now("2026-03-17T11:00");
        complete(
                officer,
                trackingId,
                Map.of("followUpDecision", "REQUEST_INFO", "followUpText", "Jam berapa puskesmas tutup?"));

        // then the reporter has ten working days to answer
        var waiting = reporter.get(path).json();
        assertThat(waiting.get("agencies").get(0).get("status").asText()).isEqualTo("AWAITING_INFORMATION");
        assertThat(instant(waiting.get("agencies").get(0).get("informationAnswerDue")))
                .isEqualTo(wib("2026-04-08T23:59:59"));

        // when the reporter answers on 25 March, one working day later
        now("2026-03-25T10:00");
        assertThat(reporter.post(path + "/messages", Map.of("message", "Tutup sejak pukul 10 pagi."))
                        .status())
                .isEqualTo(200);

        // then the agency's deadline moves by that working day
        assertThat(followUpDue(reporter, path)).isEqualTo(wib("2026-04-01T23:59:59"));
        assertThat(taskDue(trackingId)).isEqualTo(wib("2026-04-01T23:59:59"));

        // when the agency answers and the reporter objects two days later
        now("2026-03-26T10:00");
        complete(
                officer,
                trackingId,
                Map.of("followUpDecision", "RESPOND", "followUpText", "Jam layanan sudah diperbaiki."));
        assertThat(instant(reporter.get(path).json().get("reporterWindowDue"))).isEqualTo(wib("2026-04-10T23:59:59"));
        now("2026-03-27T09:00");
        assertThat(reporter.post(path + "/objection", Map.of("reason", "Masih tutup pagi ini."))
                        .status())
                .isEqualTo(200);

        // then the agency answers the objection within five working days (Good Friday, 3 April, is off)
        assertThat(reporter.get(path).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(taskDue(trackingId)).isEqualTo(wib("2026-04-06T23:59:59"));

        // when that deadline passes
        now("2026-04-07T08:00");
        runDueJobs();

        // then the agency is reminded and the report is overdue
        var overdue = reporter.get(path).json();
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(types(overdue)).contains("FOLLOW_UP_OVERDUE");

        // when the agency answers again and the reporter stays silent for ten working days
        complete(
                officer,
                trackingId,
                Map.of("followUpDecision", "RESPOND", "followUpText", "Petugas jaga pagi sudah ditambah."));
        assertThat(reporter.get(path).json().get("overdue").asBoolean()).isFalse();
        now("2026-04-22T00:00");
        runDueJobs();

        // then the report is completed without the reporter's answer
        var closed = api.get(path).json();
        assertThat(closed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(types(closed)).contains("CLOSED_WITHOUT_ANSWER");
    }

    @Test
    void movesOpenDeadlinesWhenAnAdministratorChangesTheHolidays() {
        // given a verification due on Thursday 26 March 2026
        now("2026-03-16T09:00");
        var trackingId = api.post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();
        assertThat(taskDue(trackingId)).isEqualTo(wib("2026-03-26T23:59:59"));
        var verification = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .singleResult()
                .getId();
        var suggested = contextText(tasks, verification, "suggestedRouting");
        assertThat(suggested).isNotBlank();
        var admin = api.as("demo", "demo");
        var holiday = Map.of("date", "2026-03-25", "name", "Libur uji", "kind", "NATIONAL_HOLIDAY");

        // then only administrators change holidays
        assertThat(api.post("/api/holidays", holiday).status()).isEqualTo(401);
        assertThat(officer.post("/api/holidays", holiday).status()).isEqualTo(403);

        try {
            // when 25 March becomes a holiday
            assertThat(admin.post("/api/holidays", holiday).status()).isEqualTo(201);

            // then the task and its timer move to Friday 27 March, and so does the deadline its form shows
            assertThat(taskDue(trackingId)).isEqualTo(wib("2026-03-27T23:59:59"));
            assertThat(contextText(
                            tasks,
                            tasks.createTaskQuery()
                                    .processInstanceBusinessKey(trackingId)
                                    .singleResult()
                                    .getId(),
                            "dueText"))
                    .asString()
                    .startsWith("Jumat, 27 Maret 2026");
            // and the refreshed context keeps the routing suggestion the task was created with
            assertThat(contextText(tasks, verification, "suggestedRouting")).isEqualTo(suggested);
            assertThat(timerDue(trackingId)).isEqualTo(wib("2026-03-27T23:59:59"));
            assertThat(admin.post("/api/holidays", holiday).status()).isEqualTo(409);

            // when it moves to 30 March
            var moved = admin.put(
                    "/api/holidays/2026-03-25",
                    Map.of("date", "2026-03-30", "name", "Libur uji", "kind", "JOINT_LEAVE"));
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);

            // then the deadline is back on 26 March
            assertThat(taskDue(trackingId)).isEqualTo(wib("2026-03-26T23:59:59"));
        } finally {
            admin.delete("/api/holidays/2026-03-25");
            admin.delete("/api/holidays/2026-03-30");
        }

        // and without it everything is as before
        assertThat(timerDue(trackingId)).isEqualTo(wib("2026-03-26T23:59:59"));
        assertThat(admin.delete("/api/holidays/2026-03-30").status()).isEqualTo(404);
        assertThat(admin.post("/api/holidays", Map.of("date", "2026-03-25", "name", "x", "kind", "PARTY"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void movesTheDueDatesOfATaskAndATimerThatADesignerAddedWithoutJava() {
        // given a model of the designer's own, deployed as any model is, with a task and a reminder due when the
        // verification of a report filed on Monday 16 March 2026 is due (Thursday 26 March)
        now("2026-03-16T09:00");
        var trackingId = api.post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();
        var model = Bpmn.createExecutableProcess("DesignersOwnProcess")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started")
                .userTask("UserTask_CheckReport")
                .camundaDueDate("${deadlines.verificationDue(execution)}")
                .boundaryEvent("BoundaryEvent_ReminderDue")
                .cancelActivity(false)
                .timerWithDate("${deadlines.verificationDue(execution)}")
                .endEvent("EndEvent_Reminded")
                .moveToActivity("UserTask_CheckReport")
                .endEvent("EndEvent_Checked")
                .done();
        var deployment = repository
                .createDeployment()
                .addModelInstance("DesignersOwnProcess.bpmn", model)
                .deploy();
        var admin = api.as("demo", "demo");
        try {
            var instance = runtime.startProcessInstanceByKey("DesignersOwnProcess", trackingId);
            assertThat(ownTaskDue(instance.getId())).isEqualTo(wib("2026-03-26T23:59:59"));

            // when 25 March becomes a holiday
            assertThat(admin.post(
                                    "/api/holidays",
                                    Map.of("date", "2026-03-25", "name", "Libur uji", "kind", "NATIONAL_HOLIDAY"))
                            .status())
                    .isEqualTo(201);

            // then the designer's task and timer move to Friday 27 March
            assertThat(ownTaskDue(instance.getId())).isEqualTo(wib("2026-03-27T23:59:59"));
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .timers()
                            .singleResult()
                            .getDuedate()
                            .toInstant())
                    .isEqualTo(wib("2026-03-27T23:59:59"));
        } finally {
            admin.delete("/api/holidays/2026-03-25");
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private Instant ownTaskDue(String processInstanceId) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getDueDate()
                .toInstant();
    }

    private Instant taskDue(String trackingId) {
        var task =
                tasks.createTaskQuery().processInstanceBusinessKey(trackingId).singleResult();
        return task.getDueDate().toInstant();
    }

    private Instant timerDue(String trackingId) {
        return management
                .createJobQuery()
                .processInstanceId(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingId)
                        .singleResult()
                        .getProcessInstanceId())
                .timers()
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private static Instant followUpDue(ApiClient reporter, String path) {
        return instant(reporter.get(path).json().get("agencies").get(0).get("followUpDue"));
    }

    private static Instant instant(JsonNode value) {
        return Instant.parse(value.asText());
    }

    private static java.util.List<String> types(JsonNode view) {
        return view.get("timeline").findValuesAsText("type");
    }

    /** Runs the timers that are due, as the job executor would, until none is left. */
    private void runDueJobs() {
        var now = ClockUtil.getCurrentTime();
        var due = management.createJobQuery().duedateLowerThan(now).list();
        while (!due.isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
            due = management.createJobQuery().duedateLowerThan(now).list();
        }
    }
}
