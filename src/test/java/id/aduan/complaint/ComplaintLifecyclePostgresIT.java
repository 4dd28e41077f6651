package id.aduan.complaint;

import static id.aduan.StaffTasks.complete;
import static id.aduan.complaint.EngineClock.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanPostgresTest;
import id.aduan.ApiClient;
import id.aduan.DatabaseTables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's lifecycle on PostgreSQL as production runs it: the {@code postgres} profile makes the
 * engine's tables with Camunda's changelog and Aduan's with Flyway, and the job executor, not the test,
 * fires the deadlines while the engine's clock moves through March and April 2026.
 */
@AduanPostgresTest
class ComplaintLifecyclePostgresIT {

    /** Longer than the job executor's longest sleep on an idle node (camunda.bpm.job-execution.max-wait). */
    private static final Duration TIMER_LATENESS = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsEscalatesAndClosesAComplaintWhenTheJobExecutorFiresItsDeadlines() {
        // given a complaint filed on Monday 16 March 2026 and verified the next day
        now("2026-03-16T09:00");
        var submitted = api.post(
                "/api/complaints",
                TestReports.healthComplaint("Dewi Lestari", "dewi@example.org", "+62 812 5555 6666"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        var trackingId = submitted.json().get("trackingId").asText();
        var reporter =
                api.with("X-Access-Token", submitted.json().get("accessToken").asText());
        var path = "/api/complaints/" + trackingId;
        var officer = api.as("dinkes-muba-officer", "demo");
        var supervisor = api.as("dinkes-muba-supervisor", "demo");
        now("2026-03-17T10:00");
        complete(
                api.as("verifier", "demo"),
                trackingId,
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        assertThat(reporter.get(path).json().get("status").asText()).isEqualTo("FORWARDED");

        // when the agency's deadline (31 March) and its supervisor's two more working days (2 April) pass
        now("2026-04-06T09:00");

        // then the job executor reminds the agency and asks the supervisor to act
        await().atMost(TIMER_LATENESS).untilAsserted(() -> assertThat(dueJobs()).isZero());
        var overdue = reporter.get(path).json();
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(types(overdue)).containsOnlyOnce("FOLLOW_UP_OVERDUE");
        var supervisorTasks = supervisor
                .get("/engine-rest/task?processInstanceBusinessKey=" + trackingId + "&taskDefinitionKey="
                        + "UserTask_ResolveOverdueFollowUp")
                .json();
        assertThat(supervisorTasks).hasSize(1);

        // when the officer answers and the reporter stays silent for ten working days (to 20 April)
        complete(officer, trackingId, Map.of("followUpDecision", "RESPOND", "followUpText", "Jam layanan dipulihkan."));
        assertThat(reporter.get(path).json().get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(taskCount(supervisor, trackingId))
                .as("the agency has decided: the supervisor's task is moot")
                .isZero();
        now("2026-04-21T09:00");

        // then the job executor completes the report
        await().atMost(TIMER_LATENESS)
                .untilAsserted(() ->
                        assertThat(api.get(path).json().get("status").asText()).isEqualTo("COMPLETED"));
        assertThat(types(api.get(path).json())).contains("CLOSED_WITHOUT_ANSWER");
        assertThat(taskCount(officer, trackingId)).isZero();

        // and the reporter's identity never left Aduan's own tables
        assertThat(DatabaseTables.containing(jdbc, "Dewi Lestari", "dewi@example.org", "+62 812 5555 6666"))
                .containsOnly("COMPLAINT", "NOTIFICATION");
    }

    private long dueJobs() {
        return management
                .createJobQuery()
                .duedateLowerThan(ClockUtil.getCurrentTime())
                .count();
    }

    private static int taskCount(ApiClient staff, String trackingId) {
        return staff.get("/engine-rest/task?processInstanceBusinessKey=" + trackingId)
                .json()
                .size();
    }

    private static List<String> types(JsonNode view) {
        return view.get("timeline").findValuesAsText("type");
    }
}
