package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.complaint.TestReports;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published numbers follow a report through its lifecycle: received, not yet followed up, overdue,
 * followed up, completed. Health reports in Kutai Kartanegara go to its health office, which no other
 * test sends reports to, so its numbers move only with this test's report.
 */
@AduanIntegrationTest
class StatisticsIT {

    private static final String AGENCY = "DINKES-KUKAR";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    StatisticsService statistics;

    private ApiClient api;
    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        staff = new StaffDesk(tasks, identity);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsAReportNationallyAndForItsAgencyAtEveryStep() {
        // given
        var national = national();
        var agency = agency();

        // when a report is filed
        var report = TestReports.healthComplaint("Yohanes", "yohanes@example.org", "+62 811 5400 0001");
        report.put("regionCode", "64.02");
        var submitted = api.post("/api/complaints", report).json();
        var trackingId = submitted.get("trackingId").asText();
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText());

        // then the country counts it as not yet verified
        assertThat(change(national, national(), "received")).isEqualTo(1);
        assertThat(change(national, national(), "notYetVerified")).isEqualTo(1);

        // when it is verified and routed to the health office
        staff.verify(trackingId);

        // then the agency has received it and not yet followed it up
        assertThat(change(agency, agency(), "received")).isEqualTo(1);
        assertThat(change(agency, agency(), "notYetFollowedUp")).isEqualTo(1);

        // when the agency's deadline passes
        var due = Instant.parse(reporter.get("/api/complaints/" + trackingId)
                .json()
                .get("agencies")
                .get(0)
                .get("followUpDue")
                .asText());
        ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofHours(1))));
        runDueTimers(trackingId);

        // then the report is overdue for the agency and the country
        assertThat(change(agency, agency(), "overdue")).isEqualTo(1);
        assertThat(change(national, national(), "overdue")).isEqualTo(1);

        // when the agency answers late and the reporter accepts
        staff.respond(AGENCY, trackingId, "Puskesmas sudah buka sesuai jadwal.");
        assertThat(change(agency, agency(), "followedUp")).isEqualTo(1);
        assertThat(change(agency, agency(), "overdue")).isZero();
        reporter.post("/api/complaints/" + trackingId + "/acceptance", Map.of("rating", 5));

        // then the report counts as completed, and the completion rate follows
        var after = agency();
        assertThat(change(agency, after, "completed")).isEqualTo(1);
        assertThat(change(agency, after, "notYetFollowedUp")).isZero();
        assertThat(after.get("completionRate").asInt())
                .isEqualTo(Math.round(100f
                        * after.get("completed").asLong()
                        / after.get("received").asLong()));
        assertThat(change(national, national(), "completed")).isEqualTo(1);
    }

    @Test
    void countsTheReportsOfEachChannelAndEachPartnerByName() {
        // given
        var before = channels();
        var senjangMuba = api.with("Authorization", "Bearer demo-senjang-muba-key");

        // when a report comes in through the API and two through the partner system Senjang Muba
        assertThat(api.post("/api/complaints", TestReports.roadComplaint()).status())
                .isEqualTo(201);
        for (var reference : List.of("SJM-" + UUID.randomUUID(), "SJM-" + UUID.randomUUID())) {
            var partnerReport = Map.of("externalReference", reference, "report", TestReports.roadComplaint());
            assertThat(senjangMuba
                            .post("/api/partner/v1/reports", partnerReport)
                            .status())
                    .isEqualTo(201);
        }

        // then each is counted for its channel, the partner's by its name, and every partner is listed
        var after = channels();
        assertThat(reports(after, "API", null) - reports(before, "API", null)).isEqualTo(1);
        assertThat(reports(after, "INTEGRATION", "Senjang Muba") - reports(before, "INTEGRATION", "Senjang Muba"))
                .isEqualTo(2);
        assertThat(reports(after, "WEB", null)).isEqualTo(reports(before, "WEB", null));
        assertThat(reports(after, "INTEGRATION", "RABEG")).isEqualTo(reports(before, "INTEGRATION", "RABEG"));
        assertThat(after.findValuesAsText("name")).contains("Senjang Muba", "SAPA Muba", "RABEG");
    }

    @Test
    void listsEveryAgencyAndAnswersAnUnknownOneWithAProblem() {
        var all = api.get("/api/statistics/agencies").json();
        var unknown = api.get("/api/agencies/DINAS-ATLANTIS/statistics");

        assertThat(all.get("rows").findValuesAsText("code")).contains(AGENCY, "PEMKOT-JAYAPURA", "KEMENKES");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    private JsonNode national() {
        statistics.refresh();
        return api.get("/api/statistics").json().get("national");
    }

    private JsonNode agency() {
        statistics.refresh();
        var response = api.get("/api/agencies/" + AGENCY + "/statistics");
        assertThat(response.status()).isEqualTo(200);
        var figures = response.json().get("figures");
        assertThat(figures.get("name").asText()).isEqualTo("Dinas Kesehatan Kabupaten Kutai Kartanegara");
        return figures.get("counts");
    }

    private JsonNode channels() {
        statistics.refresh();
        return api.get("/api/statistics").json().get("channels");
    }

    /**
     * The reports of one of Aduan's doors ({@code partner} null), or of a partner by its name, in the statistics'
     * {@code channels}.
     */
    private static long reports(JsonNode channels, String channel, String partner) {
        for (var row : channels) {
            var code = row.get("code").asText();
            if (partner == null
                    ? code.equals(channel)
                    : code.startsWith(channel) && partner.equals(row.get("name").asText())) {
                return row.get("counts").get("received").asLong();
            }
        }
        throw new AssertionError("No count for " + channel + " " + partner + " in " + channels);
    }

    private static long change(JsonNode before, JsonNode after, String count) {
        return after.get(count).asLong() - before.get(count).asLong();
    }

    /** Runs the report's due timers, as the job executor would, and no other report's. */
    private void runDueTimers(String trackingId) {
        var instance = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .singleResult()
                .getProcessInstanceId();
        var due = management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .duedateLowerThan(ClockUtil.getCurrentTime())
                .list();
        while (!due.isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
            due = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime())
                    .list();
        }
    }
}
