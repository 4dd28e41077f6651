package id.aduan.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.AduanNode;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.StaffDesk;
import id.aduan.StaffTasks;
import id.aduan.complaint.AttachmentContent;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.TestReports;
import id.aduan.installation.process.InstallationDeliveryProcess;
import id.aduan.notification.EmbeddedMailServer;
import id.aduan.portal.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Aduan installations side by side, each with its own database on its own port: a regional one (the application
 * under test, whose jobs the test runs) and the national one (a second Aduan in a JVM of its own, with its job
 * executor, log in {@code target/two-installations/}). They are connected through {@code /api/integrations} as an
 * operator connects them: each issues the other a key and a webhook secret, and each calls the other's
 * {@code /api/installations/{id}/events}. The national installation serves the health office of Musi Banyuasin.
 */
@AduanIntegrationTest
class TwoInstallationsIT {

    static final String AGENCY = "DINKES-MUBA";
    static final Path LOGS = Path.of("target", "two-installations");
    static final Duration WEBHOOKS = Duration.ofMinutes(2);

    static Path nationalData;
    static AduanNode national;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    @Autowired
    ComplaintService complaints;

    private Connection connection;

    @BeforeAll
    static void startNationalInstallation() throws IOException, InterruptedException {
        nationalData = Files.createTempDirectory("aduan-national");
        national = AduanNode.start(nationalSettings(), LOGS.resolve("national.log"));
        national.awaitReady(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stopNationalInstallation() throws InterruptedException {
        if (national != null) {
            national.close();
        }
    }

    /** The national installation as the default run starts it, with a database in a file that outlives a restart. */
    static List<String> nationalSettings() {
        return List.of(
                "--spring.datasource.url=jdbc:h2:file:"
                        + nationalData.resolve("aduan").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.id.aduan=INFO",
                // a first response of its own, so that the deadline the regional reporter reads is seen to travel
                "--aduan.deadlines.first-response=7",
                "--camunda.bpm.job-execution.max-wait=500");
    }

    @AfterEach
    void disconnect() {
        // the agency is served here again, for the other full-stack tests sharing this application
        if (connection != null) {
            var saved = regionalAdministrator()
                    .put(
                            "/api/integrations/" + connection.regionalRecordId(),
                            installation(
                                    connection.nationalName(), null, national.url(), null, null, false, List.of()));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            var nationalSaved = ApiClient.on(national.port())
                    .as("demo", "demo")
                    .put(
                            "/api/integrations/" + connection.nationalRecordId(),
                            installation(
                                    connection.regionalName(),
                                    "http://127.0.0.1:" + port + "/api/installations/" + connection.regionalRecordId()
                                            + "/events",
                                    "http://127.0.0.1:" + port,
                                    connection.regionalKey(),
                                    connection.regionalWebhookSecret(),
                                    true,
                                    List.of()));
            assertThat(nationalSaved.status()).as(nationalSaved.text()).isEqualTo(200);
        }
    }

    @Test
    void aReportForANationalAgencyIsHandledNationallyAndFollowedRegionallyByItsReporter() {
        // given the two installations connected
        connection = connect();

        // when a reporter files at the regional installation and its verifier routes the report to the health office
        var filed = regional()
                .post(
                        "/api/complaints",
                        TestReports.healthComplaint("Siti Aminah", "siti.aminah@example.org", "+62 812 7777 8888"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        var reporter = regional()
                .with("X-Access-Token", filed.json().get("accessToken").asText());
        new StaffDesk(tasks, identity).verify(trackingId);

        // then no task waits here: the report is forwarded once, and the reporter reads where it went
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingId)
                        .count())
                .isZero();
        assertThat(deliverToNational())
                .as(
                        "%s",
                        jdbc.queryForList(
                                "select f.tracking_id, d.* from installation_delivery d join installation_forward f on f.id = d.forward_id"))
                .isEqualTo(1);
        var nationalId = jdbc.queryForObject(
                "select remote_tracking_id from installation_forward where tracking_id = ?", String.class, trackingId);
        assertThat(nationalId).isNotBlank().isNotEqualTo(trackingId);
        assertThat(texts(reporter.get("/api/complaints/" + trackingId).json()))
                .contains("Diteruskan ke " + connection.nationalName() + " (" + nationalId + ")");

        // and the national installation has it at the health office, without the reporter, under its origin's name
        var officer = ApiClient.on(national.port()).as("dinkes-muba-officer", "demo");
        var nationalView = connection.asRegional().get("/api/partner/v1/reports/" + nationalId);
        assertThat(nationalView.status()).as(nationalView.text()).isEqualTo(200);
        assertThat(nationalView.text()).doesNotContain("Siti", "siti.aminah", "7777");
        assertThat(StaffTasks.onlyTask(officer, nationalId)
                        .get("taskDefinitionKey")
                        .asText())
                .isEqualTo("UserTask_FollowUpComplaint");

        // and the reporter here reads the health office's deadline as the national installation sets it (7 days there)
        var nationalDue =
                nationalView.json().get("agencies").get(0).get("followUpDue").asText();
        await().atMost(WEBHOOKS)
                .untilAsserted(() -> assertThat(reporter.get("/api/complaints/" + trackingId)
                                .json()
                                .get("agencies")
                                .get(0)
                                .get("followUpDue")
                                .asText())
                        .isEqualTo(nationalDue));
        // and the wait here for the national decision moved to two working days after it
        var followUp = jdbc.queryForObject(
                "select a.follow_up_instance_id from complaint_assignment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ?",
                String.class,
                trackingId);
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(followUp)
                        .activityId("BoundaryEvent_InstallationDecisionOverdue")
                        .singleResult()
                        .getDuedate())
                .isAfter(Date.from(Instant.parse(nationalDue)));

        // when the health office asks the reporter a question there
        StaffTasks.complete(
                officer,
                nationalId,
                Map.of("followUpDecision", "REQUEST_INFO", "followUpText", "Pada jam berapa puskesmas tutup?"));

        // then the reporter reads it here, answers here, and the answer reaches the health office there
        await().atMost(WEBHOOKS)
                .untilAsserted(() -> assertThat(texts(
                                reporter.get("/api/complaints/" + trackingId).json()))
                        .contains("Pada jam berapa puskesmas tutup?"));
        var answered = reporter.post(
                "/api/complaints/" + trackingId + "/messages", Map.of("message", "Sejak pukul delapan pagi."));
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(deliverToNational()).isEqualTo(1);
        assertThat(texts(connection
                        .asRegional()
                        .get("/api/partner/v1/reports/" + nationalId)
                        .json()))
                .contains("Sejak pukul delapan pagi.");
        assertThat(StaffTasks.onlyTask(officer, nationalId)
                        .get("taskDefinitionKey")
                        .asText())
                .isEqualTo("UserTask_FollowUpComplaint");

        // when the health office answers there
        // then the reporter reads the answer here, under this installation's tracking ID, and is asked to accept it
        answerThere(officer, nationalId, "Puskesmas kembali buka sesuai jadwal.", reporter, trackingId);
        var view = reporter.get("/api/complaints/" + trackingId).json();
        assertThat(texts(view)).contains("Puskesmas kembali buka sesuai jadwal.");
        assertThat(entries(view, "FOLLOWED_UP"))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.get("agency").get("code").asText()).isEqualTo(AGENCY));

        // and was told by e-mail here, of the question and of the answer, with the health office's name
        EMailDeliveries.deliverQueued(management);
        var mails = EMailDeliveries.to(mailbox.messages(), "siti.aminah@example.org", trackingId).stream()
                .map(EMailDeliveries::readableText)
                .toList();
        assertThat(mails)
                .anySatisfy(mail -> assertThat(mail).contains("Pada jam berapa puskesmas tutup?"))
                .anySatisfy(mail -> assertThat(mail).contains("Puskesmas kembali buka sesuai jadwal."));

        // when the reporter accepts the answer here
        var accepted = reporter.post(
                "/api/complaints/" + trackingId + "/acceptance", Map.of("rating", 5, "comment", "Terima kasih."));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);

        // then the acceptance goes to the national installation, whose report is completed with the rating
        assertThat(deliverToNational()).isEqualTo(1);
        var completed = connection
                .asRegional()
                .get("/api/partner/v1/reports/" + nationalId)
                .json();
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(texts(completed)).contains("5/5 – Terima kasih.");
    }

    @Test
    void aReportFiledNationallyForAnAgencyTheRegionalInstallationServesIsAnsweredThere() {
        // given the two installations connected, the regional one serving the health office for the national one
        connection = connect(List.of(), List.of(AGENCY));
        var nationalApi = ApiClient.on(national.port());

        // when a reporter files at the national installation and its verifier routes the report to the health office
        var filed = nationalApi.post(
                "/api/complaints",
                TestReports.healthComplaint("Dewi Lestari", "dewi.lestari@example.org", "+62 812 2222 1111"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var nationalId = filed.json().get("trackingId").asText();
        var reporter = nationalApi.with(
                "X-Access-Token", filed.json().get("accessToken").asText());
        StaffTasks.complete(
                nationalApi.as("verifier", "demo"),
                nationalId,
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "agencyCode", ""));

        // then the national installation forwards it here, where it goes straight to the health office
        await().atMost(WEBHOOKS)
                .until(() -> jdbc.queryForObject(
                                "select count(*) from complaint where external_reference = ?",
                                Integer.class,
                                nationalId)
                        == 1);
        var regionalId = jdbc.queryForObject(
                "select tracking_id from complaint where external_reference = ?", String.class, nationalId);
        assertThat(jdbc.queryForObject(
                        "select reporter_name from complaint where tracking_id = ?", String.class, regionalId))
                .isNull();

        // when the health office answers here
        new StaffDesk(tasks, identity).respond(AGENCY, regionalId, "Jadwal layanan sudah dipasang di depan puskesmas.");
        deliverWebhooks(regionalId);

        // then the reporter reads the answer at the national installation, under its tracking ID
        await().atMost(WEBHOOKS)
                .untilAsserted(() -> assertThat(reporter.get("/api/complaints/" + nationalId)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("FOLLOWED_UP"));
        assertThat(texts(reporter.get("/api/complaints/" + nationalId).json()))
                .contains(
                        "Diteruskan ke " + connection.regionalName() + " (" + regionalId + ")",
                        "Jadwal layanan sudah dipasang di depan puskesmas.");
    }

    @Test
    void aConfidentialReportThatIsNotTheNationalAgencysAuthorityComesBackAndIsForwardedAgainWhenRoutedThereAgain() {
        // given the two installations connected, and a confidential report with a photo of the reporter's own (larger
        // than a JSON body of the API may be), filed here and forwarded to the health office there
        connection = connect(List.of(AGENCY, "BPJS-KESEHATAN"), List.of());
        var filed = complaints.submit(
                TestReports.healthReport(
                        new Reporter("Rina Wati", "rina.wati@example.org", "+62 812 4444 3333"), false, true),
                List.of(new NewAttachment("rumah-rina-wati.png", TestFiles.grainyPng(800, 600, 15))));
        var trackingId = filed.trackingId();
        var reporter = regional().with("X-Access-Token", filed.accessToken());
        var photo = jdbc.queryForObject(
                "select a.content from complaint_attachment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ?",
                byte[].class,
                trackingId);
        assertThat(photo.length).isGreaterThan(1024 * 1024);
        new StaffDesk(tasks, identity).verify(trackingId);
        assertThat(deliverToNational()).isEqualTo(1);
        var nationalId = jdbc.queryForObject(
                "select remote_tracking_id from installation_forward where reference = ?", String.class, trackingId);

        // then it is confidential on both sides: no public page here or there
        assertThat(regional().get("/api/complaints/" + trackingId).status()).isEqualTo(404);
        assertThat(ApiClient.on(national.port())
                        .get("/api/complaints/" + nationalId)
                        .status())
                .isEqualTo(404);
        var nationalView = connection.asRegional().get("/api/partner/v1/reports/" + nationalId);
        assertThat(nationalView.json().get("confidential").asBoolean()).isTrue();

        // and the photo went with it, as the health office's staff would see it here: named after the report here,
        // never by the reporter's name for it, the same bytes; the health office's officer there opens it, the public
        // does not
        assertThat(nationalView.text()).doesNotContain("rumah-rina-wati", "Rina");
        var attachment = onlyAttachment(nationalView.json());
        assertThat(attachment.get("fileName").asText()).isEqualTo(trackingId + "-lampiran-1.png");
        assertThat(attachment.get("contentType").asText()).isEqualTo("image/png");
        var nationalPath = "/reports/" + nationalId + "/attachments/"
                + attachment.get("id").asLong();
        assertThat(download(national.port(), "/staff" + nationalPath, "dinkes-muba-officer"))
                .isEqualTo(photo);
        assertThat(ApiClient.on(national.port())
                        .get("/laporan/" + nationalId + "/lampiran/"
                                + attachment.get("id").asLong())
                        .status())
                .isEqualTo(404);

        // when the report with its photo is sent there again (its answer was lost, say)
        var again = FilingWithFiles.of(
                jdbc.queryForObject(
                        "select d.payload from installation_delivery d join installation_forward f on f.id ="
                                + " d.forward_id where f.reference = ? and d.kind = 'REPORT'",
                        String.class,
                        trackingId),
                List.of(new AttachmentContent(trackingId + "-lampiran-1.png", "image/png", photo)));
        var repeated = post(national.port(), InstallationClient.REPORTS, again, connection.nationalKey());

        // then the report there is the same, with its one photo
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(200);
        assertThat(repeated.body()).contains(nationalId);
        onlyAttachment(connection
                .asRegional()
                .get("/api/partner/v1/reports/" + nationalId)
                .json());

        // when the health office there declares it is not its authority
        var officer = ApiClient.on(national.port()).as("dinkes-muba-officer", "demo");
        StaffTasks.complete(
                officer,
                nationalId,
                Map.of("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Ini wewenang BPJS Kesehatan."));

        // then the national administrator here is asked to route it again, and the reporter reads why
        await().atMost(WEBHOOKS)
                .untilAsserted(() -> assertThat(tasks.createTaskQuery()
                                .processInstanceBusinessKey(trackingId)
                                .taskDefinitionKey("UserTask_RerouteComplaint")
                                .count())
                        .isEqualTo(1));
        assertThat(texts(reporter.get("/api/complaints/" + trackingId).json()))
                .contains("Ini wewenang BPJS Kesehatan.");

        // when the national administrator here routes it to another agency the national installation serves
        StaffTasks.complete(tasks, identity, trackingId, "verifier", Map.of("newAgencyCode", "BPJS-KESEHATAN"));

        // then it is forwarded there again, as a report of its own for that agency
        assertThat(deliverToNational()).isEqualTo(1);
        var secondId = jdbc.queryForObject(
                "select remote_tracking_id from installation_forward where reference = ?",
                String.class,
                trackingId + "-2");
        assertThat(secondId).isNotBlank().isNotEqualTo(nationalId);
        var second = onlyAttachment(connection
                .asRegional()
                .get("/api/partner/v1/reports/" + secondId)
                .json());
        assertThat(download(
                        national.port(),
                        "/staff/reports/" + secondId + "/attachments/"
                                + second.get("id").asLong(),
                        "bpjs-kesehatan-officer"))
                .isEqualTo(photo);
        var bpjs = ApiClient.on(national.port()).as("bpjs-kesehatan-officer", "demo");

        // when that agency answers there, then the reporter reads the answer here
        answerThere(bpjs, secondId, "Klaim Anda sudah diproses ulang.", reporter, trackingId);
        assertThat(texts(reporter.get("/api/complaints/" + trackingId).json()))
                .contains("Klaim Anda sudah diproses ulang.");
    }

    @Test
    void aReportForwardedWhileTheNationalInstallationIsDownReachesItOnceWhenItIsBack() throws Exception {
        // given the two installations connected, and a report routed to the health office here
        connection = connect();
        var filed = regional()
                .post(
                        "/api/complaints",
                        TestReports.healthComplaint("Budi Santoso", "budi.santoso@example.org", "+62 812 6666 5555"));
        var trackingId = filed.json().get("trackingId").asText();

        // when the national installation is down as the report is forwarded
        national.close();
        new StaffDesk(tasks, identity).verify(trackingId);
        var job = deliveryJob(trackingId);
        assertThatThrownBy(() -> management.executeJob(job))
                .hasMessageContaining("not delivered to the installation " + connection.nationalName())
                .hasMessageContaining("retry the incident in Cockpit");

        // then the delivery waits for its next attempt, and the report was not forwarded
        var failed = management.createJobQuery().jobId(job).singleResult();
        assertThat(failed.getRetries()).isEqualTo(9);
        assertThat(failed.getExceptionMessage()).contains("no answer from " + connection.nationalName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from installation_forward where tracking_id = ? and forwarded_at is null",
                        Integer.class,
                        trackingId))
                .isEqualTo(1);

        // when it is back (same address, same database) and the delivery's next attempt runs
        national = AduanNode.start(nationalSettings(), LOGS.resolve("national-restarted.log"), national.port());
        national.awaitReady(Duration.ofMinutes(5));
        management.executeJob(job);
        deliverToNational();

        // then the report arrived there once, and its reporter reads where it went
        var nationalId = jdbc.queryForObject(
                "select remote_tracking_id from installation_forward where tracking_id = ?", String.class, trackingId);
        var submitted = feed(connection.asRegional()).stream()
                .filter(event ->
                        event.get("data").get("externalReference").asText().equals(trackingId))
                .filter(event -> event.get("type").asText().equals("report.submitted"))
                .toList();
        assertThat(submitted)
                .singleElement()
                .satisfies(event ->
                        assertThat(event.get("data").get("trackingId").asText()).isEqualTo(nationalId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_event e join complaint c on c.id = e.complaint_id"
                                + " where c.tracking_id = ? and e.type = 'FORWARDED_TO_INSTALLATION'",
                        Integer.class,
                        trackingId))
                .isEqualTo(1);
    }

    @Test
    void aWebhookNotSignedWithTheSecretTheNationalInstallationIssuedIsRefused() {
        // given the two installations connected
        connection = connect();
        var events = "/api/installations/" + connection.regionalRecordId() + "/events";
        var body =
                "{\"id\":\"evt_1_1\",\"type\":\"report.followed-up\",\"data\":{\"externalReference\":\"ADU-XXXX-XXXX\","
                        + "\"text\":\"Sudah ditangani.\"}}";

        // when a webhook comes signed with another secret, or signed well about a report never forwarded there
        var otherSecret = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);
        var forged = post(events, signed("evt_1_1", body, otherSecret));
        var unknown = post(events, signed("evt_1_2", body, connection.nationalWebhookSecret()));

        // then
        assertThat(forged.status()).as(forged.text()).isEqualTo(401);
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from installation_event where integration_id = ?",
                        Integer.class,
                        connection.regionalRecordId()))
                .isZero();
    }

    /**
     * Connects the installations as their operators do: the regional one records the national one with the agency it
     * serves, the national one records the regional one with the key and secret the regional one issued it and its
     * receiver as callback, then the regional one saves the key and secret the national one issued it.
     */
    private Connection connect() {
        return connect(List.of(AGENCY), List.of());
    }

    /**
     * @param servedNationally the agencies the national installation serves for the regional one
     * @param servedRegionally the agencies the regional installation serves for the national one
     */
    private Connection connect(List<String> servedNationally, List<String> servedRegionally) {
        var suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var nationalName = "Aduan Nasional " + suffix;
        var regionalName = "Aduan Sumatera Selatan " + suffix;
        var regionalRecord = regionalAdministrator()
                .post(
                        "/api/integrations",
                        installation(nationalName, null, national.url(), null, null, true, servedNationally));
        assertThat(regionalRecord.status()).as(regionalRecord.text()).isEqualTo(201);
        var regionalRecordId =
                regionalRecord.json().get("integration").get("id").asLong();
        var nationalRecord = ApiClient.on(national.port())
                .as("demo", "demo")
                .post(
                        "/api/integrations",
                        installation(
                                regionalName,
                                "http://127.0.0.1:" + port + "/api/installations/" + regionalRecordId + "/events",
                                "http://127.0.0.1:" + port,
                                regionalRecord.json().get("apiKey").asText(),
                                regionalRecord.json().get("webhookSecret").asText(),
                                true,
                                servedRegionally));
        assertThat(nationalRecord.status()).as(nationalRecord.text()).isEqualTo(201);
        var nationalRecordId =
                nationalRecord.json().get("integration").get("id").asLong();
        var nationalKey = nationalRecord.json().get("apiKey").asText();
        var nationalSecret = nationalRecord.json().get("webhookSecret").asText();
        var saved = regionalAdministrator()
                .put(
                        "/api/integrations/" + regionalRecordId,
                        installation(
                                nationalName,
                                national.url() + "/api/installations/" + nationalRecordId + "/events",
                                national.url(),
                                nationalKey,
                                nationalSecret,
                                true,
                                servedNationally));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        return new Connection(
                regionalRecordId,
                nationalName,
                nationalKey,
                nationalSecret,
                nationalRecord.json().get("integration").get("id").asLong(),
                regionalName,
                regionalRecord.json().get("apiKey").asText(),
                regionalRecord.json().get("webhookSecret").asText());
    }

    private static Map<String, Object> installation(
            String name,
            String callbackUrl,
            String url,
            String apiKey,
            String webhookSecret,
            boolean skipVerification,
            List<String> servedAgencies) {
        var connection = new HashMap<String, Object>();
        connection.put("url", url);
        connection.put("apiKey", apiKey);
        connection.put("webhookSecret", webhookSecret);
        connection.put("skipVerification", skipVerification);
        connection.put("servedAgencies", servedAgencies);
        var details = new HashMap<String, Object>();
        details.put("name", name);
        details.put("kind", "ADUAN_INSTALLATION");
        details.put("contact", "operator@aduan.example");
        details.put("status", "ACTIVE");
        details.put("reportsPerHour", 600);
        details.put("requestsPerMinute", 600);
        details.put("callbackUrl", callbackUrl);
        details.put("installation", connection);
        return details;
    }

    /**
     * Runs the regional installation's due deliveries to the national one, as its job executor would; returns how
     * many calls the national installation took.
     */
    /** The agency's officer there answers the report, and the answer reaches its reporter here. */
    private static void answerThere(
            ApiClient officer, String nationalId, String answer, ApiClient reporter, String trackingId) {
        StaffTasks.complete(officer, nationalId, Map.of("followUpDecision", "RESPOND", "followUpText", answer));
        await().atMost(WEBHOOKS)
                .untilAsserted(() -> assertThat(reporter.get("/api/complaints/" + trackingId)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("FOLLOWED_UP"));
    }

    private int deliverToNational() {
        var before = deliveredCalls();
        for (var round = 0; round < 10; round++) {
            var jobs = management
                    .createJobQuery()
                    .processDefinitionKey(InstallationDeliveryProcess.PROCESS_ID)
                    .executable()
                    .list();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        return deliveredCalls() - before;
    }

    /** Sends the webhooks of this installation's events on the report, as its job executor would, to their end. */
    private void deliverWebhooks(String trackingId) {
        var instances = jdbc.queryForList(
                "select process_instance_id from partner_event where tracking_id = ? and delivered_at is null",
                String.class,
                trackingId);
        assertThat(instances).isNotEmpty();
        for (var round = 0; round < 10; round++) {
            var jobs = instances.stream()
                    .flatMap(instance ->
                            management.createJobQuery().processInstanceId(instance).executable().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner_event where tracking_id = ? and delivered_at is null",
                        Integer.class,
                        trackingId))
                .isZero();
    }

    private int deliveredCalls() {
        return jdbc.queryForObject(
                "select count(*) from installation_delivery where delivered_at is not null", Integer.class);
    }

    private String deliveryJob(String trackingId) {
        var delivery = jdbc.queryForObject(
                "select d.process_instance_id from installation_delivery d"
                        + " join installation_forward f on f.id = d.forward_id where f.tracking_id = ?",
                String.class,
                trackingId);
        var job = management.createJobQuery().processInstanceId(delivery).singleResult();
        assertThat(job).as("the delivery of %s", trackingId).isNotNull();
        return job.getId();
    }

    private static JsonNode onlyAttachment(JsonNode report) {
        assertThat(report.get("attachments")).as("%s", report).hasSize(1);
        return report.get("attachments").get(0);
    }

    /** A file as the staff member (password demo) downloads it. */
    private static byte[] download(int port, String path, String user) {
        var response = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build());
        assertThat(response.statusCode()).as("GET %s as %s", path, user).isEqualTo(200);
        return response.body();
    }

    /** A report's filing with its files, posted as the installation holding the key posts it. */
    private static Answer post(int port, String path, FilingWithFiles filing, String key) {
        var response = exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", filing.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(filing.body()))
                .build());
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    private record Answer(int status, String body) {}

    private static HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode report) {
        var texts = new ArrayList<String>();
        report.get("timeline").forEach(entry -> texts.add(entry.path("text").asText("")));
        return texts;
    }

    private static List<JsonNode> entries(JsonNode report, String type) {
        var entries = new ArrayList<JsonNode>();
        report.get("timeline").forEach(entry -> {
            if (entry.get("type").asText().equals(type)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private static List<JsonNode> feed(ApiClient partner) {
        var page = partner.get("/api/partner/v1/events?limit=1000");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        var events = new ArrayList<JsonNode>();
        page.json().get("events").forEach(events::add);
        return events;
    }

    private ApiClient regional() {
        return ApiClient.on(port);
    }

    private ApiClient regionalAdministrator() {
        return regional().as("demo", "demo");
    }

    private ApiClient.Response post(String path, SignedWebhook webhook) {
        return regional()
                .with("webhook-id", webhook.id())
                .with("webhook-timestamp", webhook.timestamp())
                .with("webhook-signature", webhook.signature())
                .send("POST", path, "application/json", webhook.body());
    }

    /** A webhook as an installation sends it (Standard Webhooks), signed with the secret. */
    private static SignedWebhook signed(String id, String body, String secret) {
        try {
            var timestamp = Instant.now().getEpochSecond();
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            var signature = Base64.getEncoder()
                    .encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return new SignedWebhook(id, Long.toString(timestamp), "v1," + signature, body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record SignedWebhook(String id, String timestamp, String signature, String body) {}

    /**
     * The two installations' records of each other, as the regional installation's test needs them.
     *
     * @param regionalRecordId the regional installation's record of the national one
     * @param nationalKey the key the national installation issued the regional one
     * @param nationalWebhookSecret the secret the national installation signs its webhooks to the regional one with
     */
    private record Connection(
            long regionalRecordId,
            String nationalName,
            String nationalKey,
            String nationalWebhookSecret,
            long nationalRecordId,
            String regionalName,
            String regionalKey,
            String regionalWebhookSecret) {

        ApiClient asRegional() {
            return ApiClient.on(national.port()).with("Authorization", "Bearer " + nationalKey);
        }
    }
}
