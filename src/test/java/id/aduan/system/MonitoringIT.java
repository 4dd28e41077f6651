package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.StaffTasks;
import id.aduan.complaint.OverdueFollowUps;
import id.aduan.complaint.TestReports;
import id.aduan.portal.SecuredMockMvc;
import id.aduan.security.StaffGroups;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * What operators see: {@code /actuator/prometheus} for their Prometheus (the monitoring group and system
 * administrators), with Aduan's and the engine's figures and nothing of a reporter, and the build in
 * {@code /actuator/info}.
 */
@AduanIntegrationTest
class MonitoringIT {

    private static final String PROMETHEUS = "prometheus-uji";
    private static final String PROMETHEUS_PASSWORD = "Pantau-2026";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    OverdueFollowUps overdue;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        // a user for Prometheus in the group monitoring, as an administrator adds one in Camunda Admin
        if (identity.createUserQuery().userId(PROMETHEUS).count() == 0) {
            var user = identity.newUser(PROMETHEUS);
            user.setPassword(PROMETHEUS_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(PROMETHEUS, StaffGroups.MONITORING);
        }
    }

    @Test
    void countsReportsByTheirDoorAndTheWorkWaitingForStaffTheOutboxAndTheEngine() throws Exception {
        // given the figures so far
        var before = scrape();

        // when two reports come in through the API and one through the pages, and one of them is routed
        var health = api.post(
                        "/api/complaints",
                        TestReports.healthComplaint("Yohana Wenda", "yohana.wenda@example.org", "+62 811 4848 0101"))
                .json()
                .get("trackingId")
                .asText();
        assertThat(api.post("/api/complaints", TestReports.roadComplaint()).status())
                .isEqualTo(201);
        SecuredMockMvc.on(context)
                .perform(multipart("/lapor")
                        .param("type", "COMPLAINT")
                        .param("title", "Lampu jalan padam di Sekayu")
                        .param("description", "Lampu jalan di jalan utama Sekayu padam sejak dua minggu.")
                        .param("categoryCode", "ROADS")
                        .param("regionCode", "16.06")
                        .param("name", "Fransiskus Kogoya")
                        .param("email", "frans.kogoya@example.org")
                        .param("phone", "+62 812 4848 0202")
                        .with(csrf()))
                .andExpect(status().isFound());
        StaffTasks.complete(
                api.as("verifier", "demo"), health, Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var after = scrape();

        // then the reports are counted by channel, and the health office's follow-up is open
        assertThat(value(after, "aduan_reports_filed_total{channel=\"api\"}"))
                .isEqualTo(value(before, "aduan_reports_filed_total{channel=\"api\"}") + 2);
        assertThat(value(after, "aduan_reports_filed_total{channel=\"web\"}"))
                .isEqualTo(value(before, "aduan_reports_filed_total{channel=\"web\"}") + 1);
        assertThat(value(after, "aduan_follow_ups_open")).isEqualTo(value(before, "aduan_follow_ups_open") + 1);
        assertThat(value(after, "aduan_follow_ups_overdue")).isEqualTo(overdue.count());
        assertThat(overdue.count())
                .isEqualTo(overdue.page(null, null, String.valueOf(OverdueFollowUps.MAX_LIMIT))
                        .overdue()
                        .size());

        // and the engine's and the outbox's figures are those of the database
        assertThat(value(after, "aduan_jobs_due"))
                .isEqualTo(management.createJobQuery().executable().active().count())
                .isPositive();
        assertThat(value(after, "aduan_incidents_open"))
                .isEqualTo(runtime.createIncidentQuery().count());
        assertThat(value(after, "aduan_notifications_waiting"))
                .isEqualTo(notifications("PENDING", "SENDING"))
                .isPositive();
        assertThat(value(after, "aduan_notifications_failed")).isEqualTo(notifications("FAILED"));

        // and Spring's own metrics are there: the JVM, HTTP requests, the connection pool
        assertThat(after)
                .contains(
                        "jvm_memory_used_bytes{",
                        "http_server_requests_seconds_count{",
                        "hikaricp_connections_active{");

        // and nothing of the reporters is
        assertThat(after)
                .doesNotContain("Yohana", "Wenda", "yohana.wenda@example.org", "+62 811 4848 0101")
                .doesNotContain("Fransiskus", "Kogoya", "frans.kogoya@example.org", "+62 812 4848 0202")
                .doesNotContain("Budi Santoso", "budi@example.org", "+62 811 2222 3333");

        // when the e-mails have gone out, then none waits
        EMailDeliveries.deliverQueued(management);
        assertThat(value(scrape(), "aduan_notifications_waiting")).isZero();
    }

    @Test
    void letsTheMonitoringGroupAndSystemAdministratorsAloneReadTheMetrics() {
        assertThat(api.as(PROMETHEUS, PROMETHEUS_PASSWORD)
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("demo", "demo").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        for (var staff : new String[] {"dinkes-muba-officer", "dinkes-muba-supervisor", "verifier", "ombudsman"}) {
            assertThat(api.as(staff, "demo").get("/actuator/prometheus").status())
                    .as(staff)
                    .isEqualTo(403);
        }
    }

    @Test
    void showsAnyoneTheBuildsNameAndVersion() {
        var info = api.get("/actuator/info");

        assertThat(info.status()).isEqualTo(200);
        var build = info.json().get("build");
        assertThat(build.get("name").asText()).isEqualTo("Aduan");
        assertThat(build.get("artifact").asText()).isEqualTo("aduan");
        assertThat(build.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private String scrape() {
        var response = api.as(PROMETHEUS, PROMETHEUS_PASSWORD).get("/actuator/prometheus");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.text();
    }

    /** The value of a series, such as {@code aduan_reports_filed_total{channel="api"}}, in the scrape. */
    private static long value(String scrape, String series) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + " "))
                .map(line -> (long) Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + " is not in the scrape:\n" + scrape));
    }

    private long notifications(String... statuses) {
        return jdbc.queryForObject(
                "select count(*) from notification where status in (" + "?,".repeat(statuses.length - 1) + "?)",
                Long.class,
                (Object[]) statuses);
    }
}
