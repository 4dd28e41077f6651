package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.TestReports;
import id.aduan.installation.internal.InstallationDelivery.DeliveryKind;
import id.aduan.installation.internal.InstallationForward;
import id.aduan.installation.internal.InstallationForwardRepository;
import id.aduan.installation.process.InstallationDeliveryProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The origin's side of an objection the installation a report was forwarded to refuses for good, with this
 * installation's database and engine: the other installation is a stub on 127.0.0.1 whose report has completed.
 */
@AduanIntegrationTest
class RefusedObjectionIT {

    private static final String REMOTE_TRACKING_ID = "ADU-REMO-0001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    InstallationForwardRepository forwards;

    @Autowired
    InstallationDeliveries deliveries;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer remote;

    @BeforeEach
    void startRemote() throws IOException {
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/api/partner/v1/reports/" + REMOTE_TRACKING_ID, exchange -> {
            calls.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            var post = "POST".equals(exchange.getRequestMethod());
            var body = post
                    ? "{\"status\":409,\"detail\":\"You can object to the follow-up once every agency has followed up;"
                            + " report ADU-REMO-0001 is completed.\"}"
                    : "{\"trackingId\":\"" + REMOTE_TRACKING_ID + "\",\"status\":\"COMPLETED\",\"timeline\":[]}";
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(post ? 409 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        remote.start();
    }

    @AfterEach
    void stopRemote() {
        remote.stop(0);
    }

    @Test
    void anObjectionTheOtherInstallationRefusesForGoodIsAnIncidentAtOnceOnTheTimelineAndToTheNationalAdministrators() {
        // given a report forwarded to an installation, whose reporter objected here on 10 April
        var integrationId = connectRemote();
        var trackingId = ApiClient.on(port)
                .post("/api/complaints", TestReports.healthComplaint("Rina", "rina@example.org", "+62 813 1234 5678"))
                .json()
                .get("trackingId")
                .asText();
        var complaintId = jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            var forward = forwards.save(new InstallationForward(
                    complaintId, trackingId, trackingId, "DINKES-MUBA", integrationId, Instant.now()));
            forward.forwarded(REMOTE_TRACKING_ID, Instant.now());
            deliveries.queue(
                    forward,
                    DeliveryKind.OBJECTION,
                    new InstallationForwarding.Objection("Masih tutup.", Instant.parse("2026-04-10T13:00:00Z")));
        });
        var job = deliveryJob(trackingId);

        // when the delivery runs and the other installation refuses it: its report there has completed
        assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("HTTP 409");

        // then it is an incident at once, saying what happened and what to do
        assertThat(management.createJobQuery().jobId(job).singleResult().getRetries())
                .isZero();
        var incident = runtime.createIncidentQuery().configuration(job).singleResult();
        assertThat(incident.getIncidentMessage())
                .contains(trackingId, "refuses the reporter's objection for good", "Tell the reporter");

        // and the timeline here says so to staff, and the national administrators are e-mailed
        assertThat(jdbc.queryForObject(
                        "select body from complaint_event where complaint_id = ? and type = 'OBJECTION_NOT_DELIVERED'",
                        String.class,
                        complaintId))
                .contains(REMOTE_TRACKING_ID, "2026-04-10T13:00:00Z", "sudah selesai");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where complaint_id = ? and kind = 'OBJECTION_NOT_DELIVERED'",
                        Integer.class,
                        complaintId))
                .isPositive();
        // with the delivery that sends the e-mail, which the failed job did not take with it
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_variable v join notification n on n.batch_id = v.text_"
                                + " where v.name_ = 'notificationBatchId' and n.complaint_id = ?"
                                + " and n.kind = 'OBJECTION_NOT_DELIVERED'",
                        Integer.class,
                        complaintId))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select refused_at from installation_delivery d join installation_forward f"
                                + " on f.id = d.forward_id where f.complaint_id = ?",
                        java.sql.Timestamp.class,
                        complaintId))
                .isNotNull();

        // when an administrator retries the incident
        management.setJobRetries(job, 1);
        management.executeJob(job);

        // then the objection is not sent again, and the incident ends
        assertThat(calls.stream().filter(call -> call.startsWith("POST")).count())
                .isOne();
        assertThat(management.createJobQuery().jobId(job).count()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_event where complaint_id = ? and type = 'OBJECTION_NOT_DELIVERED'",
                        Integer.class,
                        complaintId))
                .isOne();
    }

    private long connectRemote() {
        var name = "Aduan Uji " + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var details = new LinkedHashMap<String, Object>();
        details.put("name", name);
        details.put("kind", "ADUAN_INSTALLATION");
        details.put("regionCode", "16");
        details.put("contact", "integrasi@sumselprov.example");
        details.put("status", "ACTIVE");
        details.put("reportsPerHour", 100);
        details.put("requestsPerMinute", 600);
        details.put(
                "installation",
                Map.of(
                        "url",
                        "http://127.0.0.1:" + remote.getAddress().getPort(),
                        "apiKey",
                        "key-the-other-installation-issued-us",
                        "webhookSecret",
                        "whsec_" + Base64.getEncoder().encodeToString(new byte[24]),
                        "skipVerification",
                        false,
                        "servedAgencies",
                        List.of()));
        var created = ApiClient.on(port).as("demo", "demo").post("/api/integrations", details);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("integration").get("id").asLong();
    }

    /** The job of the report's delivery to the other installation. */
    private String deliveryJob(String trackingId) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(InstallationDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(trackingId)
                .singleResult();
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
    }

    private String jobDefinition(String jobId) {
        return management.createJobQuery().jobId(jobId).singleResult().getJobDefinitionId();
    }
}
