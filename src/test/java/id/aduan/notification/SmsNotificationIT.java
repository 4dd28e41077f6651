package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.StaffTasks;
import id.aduan.complaint.TestReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS to a reporter who gave only a phone or chose SMS, through a loopback server that answers sendsms as Kannel's smsbox does:
 * what is sent when, the delivery reports Kannel sends back, and that an outage delays SMS without losing or doubling
 * any. The job executor is off: the test runs the delivery jobs as the job executor would.
 */
@AduanIntegrationTest
class SmsNotificationIT {

    private static final String PHONE = "+6281277775555";

    private static final FakeKannel kannel = new FakeKannel();

    @DynamicPropertySource
    static void sms(DynamicPropertyRegistry registry) {
        registry.add("aduan.notification.sms.enabled", () -> "true");
        registry.add("aduan.notification.sms.sendsms-url", kannel::sendsmsUrl);
        registry.add("aduan.notification.sms.username", () -> "aduan");
        registry.add("aduan.notification.sms.password", () -> "kannel+pass");
        // Kannel calls Aduan back here; the fake Kannel calls the path on the test's port instead
        registry.add(
                "aduan.notification.sms.delivery-report-url",
                () -> "http://127.0.0.1/api/sms/kannel/delivery-report?secret=it-kannel-secret");
    }

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        kannel.reset();
        // what earlier tests left in the outbox goes out before this test counts the calls
        deliverQueued();
        kannel.reset();
    }

    @AfterAll
    static void stopKannel() {
        kannel.stop();
    }

    @Test
    void tellsAReporterWithOnlyAPhoneBySmsWithAWorkingLinkAndRecordsWhatKannelReports() {
        // given a report from the web with a phone and no e-mail address
        var trackingId = fileWithPhoneOnly();

        // when its receipt is delivered
        deliverQueued();

        // then one SMS went to the reporter's number with the tracking ID and a private link that works
        assertThat(kannel.calls()).hasSize(1);
        var receipt = kannel.calls().get(0);
        assertThat(receipt)
                .containsEntry("to", PHONE)
                .containsEntry("from", "1708")
                .containsEntry("username", "aduan")
                .containsEntry("password", "kannel+pass")
                .containsEntry("dlr-mask", "31");
        assertThat(receipt.get("text")).startsWith(trackingId + ": Laporan Anda kami terima");
        var token = receipt.get("text").replaceFirst("(?s).*\\?token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(api.with("X-Access-Token", token)
                        .get("/api/complaints/" + trackingId)
                        .json()
                        .get("reporter")
                        .get("name")
                        .asText())
                .isEqualTo("Rudi Hartono");

        // when the verifier verifies it
        complete(trackingId, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        deliverQueued();

        // then the reporter is told by SMS where it went, while the agency's staff get e-mail
        assertThat(kannel.calls()).hasSize(2);
        assertThat(kannel.calls().get(1).get("text"))
                .startsWith(trackingId + ": Laporan Anda diteruskan kepada Dinas Kesehatan Kabupaten Musi Banyuasin")
                .contains("CEK " + trackingId + " ke 1708");
        var sms = sms(trackingId);
        assertThat(sms)
                .extracting(Notification::getKind)
                .containsExactly(NotificationKind.RECEIPT, NotificationKind.ROUTED);
        assertThat(sms).allSatisfy(notification -> {
            assertThat(notification.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(notification.getRecipient()).isEqualTo(PHONE);
            assertThat(notification.getContent()).doesNotContain(token, "token=");
        });
        assertThat(notifications.ofComplaint(complaintId(trackingId)))
                .filteredOn(notification -> notification.getChannel() == NotificationChannel.EMAIL)
                .extracting(Notification::getKind)
                .contains(NotificationKind.VERIFICATION_TASK, NotificationKind.FOLLOW_UP_TASK)
                .doesNotContain(NotificationKind.RECEIPT, NotificationKind.ROUTED);

        // when Kannel reports the routing SMS accepted and then delivered, and the receipt delivered and then accepted
        assertThat(kannel.report(api, kannel.calls().get(1), 8, "").status()).isEqualTo(200);
        assertThat(kannel.report(api, kannel.calls().get(1), 1, "id:1 stat:DELIVRD text:ADU rahasia")
                        .status())
                .isEqualTo(200);
        assertThat(kannel.report(api, kannel.calls().get(0), 1, "").status()).isEqualTo(200);
        assertThat(kannel.report(api, kannel.calls().get(0), 8, "").status()).isEqualTo(200);

        // then both are delivered, and what the SMS said is not kept
        assertThat(sms(trackingId)).allSatisfy(notification -> {
            assertThat(notification.getDeliveryReport()).isEqualTo(DeliveryReport.DELIVERED);
            assertThat(notification.getDeliveryReportedAt()).isNotNull();
        });
        assertThat(sms(trackingId).get(1).getDeliveryAnswer()).isEqualTo("id:1 stat:DELIVRD");
    }

    @Test
    void tellsAReporterWhoGaveBothButChoseSmsBySmsOnly() {
        // given a report through the API whose reporter gave an e-mail address and a phone, and chose SMS
        var report = TestReports.healthComplaint("Rudi Hartono", "rudi@example.org", PHONE);
        report.put(
                "reporter",
                Map.of(
                        "name",
                        "Rudi Hartono",
                        "email",
                        "rudi@example.org",
                        "phone",
                        "0812-7777-5555",
                        "smsUpdates",
                        true));
        var response = api.post("/api/complaints", report);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        var trackingId = response.json().get("trackingId").asText();

        // when its receipt is delivered
        deliverQueued();

        // then the receipt went by SMS to the reporter's number, and no e-mail to the reporter was queued
        assertThat(kannel.calls()).singleElement().satisfies(call -> {
            assertThat(call).containsEntry("to", PHONE);
            assertThat(call.get("text")).startsWith(trackingId + ": Laporan Anda kami terima");
        });
        assertThat(sms(trackingId))
                .singleElement()
                .extracting(Notification::getKind, Notification::getStatus)
                .containsExactly(NotificationKind.RECEIPT, NotificationStatus.SENT);
        assertThat(notifications.ofComplaint(complaintId(trackingId)))
                .filteredOn(notification -> notification.getAudience() == Audience.REPORTER)
                .extracting(Notification::getChannel)
                .containsExactly(NotificationChannel.SMS);
    }

    @Test
    void answersKannelsDeliveryReportsWithProblemsNamingTheField() {
        var gateway = api.with("X-Aduan-Gateway-Secret", "it-kannel-secret");

        var unknown = gateway.get("/api/sms/kannel/delivery-report?notification=999999&type=1");
        var badType = gateway.get("/api/sms/kannel/delivery-report?notification=1&type=3");
        var notANumber = gateway.get("/api/sms/kannel/delivery-report?notification=x&type=1");
        var withoutSecret = api.get("/api/sms/kannel/delivery-report?notification=1&type=1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("notification");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().at("/errors/0/field").asText()).isEqualTo("notification");
        assertThat(withoutSecret.status()).isEqualTo(401);
    }

    @Test
    void recordsAnSmsKannelRefusesOrTheOperatorFailsOnTheTimelineWithoutTheNumber() {
        // given Kannel refuses the receipt's number
        var trackingId = fileWithPhoneOnly();
        kannel.answer(400, "Invalid receiver number " + PHONE);

        // when it is delivered
        deliverQueued();

        // then it is not tried again, and the timeline says so without the number
        assertThat(sms(trackingId)).singleElement().satisfies(notification -> {
            assertThat(notification.getStatus()).isEqualTo(NotificationStatus.FAILED);
            assertThat(notification.getLastError()).contains("HTTP 400").doesNotContain("81277775555");
        });
        assertThat(deliveryJobs()).isEmpty();

        // when the routing SMS is taken, and the operator reports it failed
        kannel.answer(202, "0: Accepted for delivery");
        complete(trackingId, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        deliverQueued();
        kannel.report(api, kannel.calls().get(1), 2, "stat:UNDELIV err:001 to " + PHONE);

        // then the timeline says both, and never the number
        var timeline = jdbc.queryForList(
                "select body from complaint_event where complaint_id = ? and type = 'NOTIFICATION_FAILED' order by id",
                String.class,
                complaintId(trackingId));
        assertThat(timeline)
                .containsExactly(
                        "SMS to the reporter (RECEIPT) was rejected: Kannel answered HTTP 400: Invalid receiver number"
                                + " +62812****5555",
                        "SMS to the reporter (ROUTED) did not reach the phone (delivery report FAILED: stat:UNDELIV"
                                + " err:001 to +62812****5555)");
    }

    @Test
    void aKannelOutageDelaysTheSmsWhichGoesOutOnceWhenKannelIsBack() {
        // given a report whose receipt waits while Kannel is down
        var trackingId = fileWithPhoneOnly();
        kannel.stop();
        try {
            // when the delivery job runs, then it fails to be retried, and the SMS stays in the outbox
            var job = deliveryJobs().get(0);
            assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("Kannel did not take SMS");
            assertThat(management.createJobQuery().jobId(job).singleResult().getRetries())
                    .isEqualTo(4);
            // and what Cockpit shows of the failure holds neither the number, nor the password, nor the link
            assertThat(management.getJobExceptionStacktrace(job))
                    .contains("Kannel did not take SMS")
                    .doesNotContain("81277775555", "kannel+pass", "kannel%2Bpass", "token=");
            assertThat(sms(trackingId)).singleElement().satisfies(notification -> {
                assertThat(notification.getStatus()).isEqualTo(NotificationStatus.PENDING);
                assertThat(notification.getLastError()).startsWith("no answer from Kannel");
            });
        } finally {
            kannel.start();
        }

        // when Kannel is back and the retries run
        for (var job : deliveryJobs()) {
            management.executeJob(job);
        }
        deliverQueued();

        // then the SMS went out once
        assertSentOnce(trackingId);
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void sendsAnSmsOnceWhenTwoJobsDeliverItAtTheSameTime() throws Exception {
        // given a queued receipt, and Kannel holding its answer to the first call
        var trackingId = fileWithPhoneOnly();
        var batchId = jdbc.queryForObject(
                "select batch_id from notification where complaint_id = ? and channel = 'SMS'",
                String.class,
                complaintId(trackingId));
        var answer = kannel.holdAnswers();

        // when one job sends it, and another runs while Kannel has not answered the first
        var first = CompletableFuture.runAsync(() -> notifications.deliver(batchId));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> kannel.calls().size() == 1);
        notifications.deliver(batchId);
        answer.countDown();
        first.get(30, TimeUnit.SECONDS);
        deliverQueued();

        // then Kannel got it once
        assertSentOnce(trackingId);
    }

    private void assertSentOnce(String trackingId) {
        assertThat(kannel.calls()).hasSize(1);
        assertThat(sms(trackingId))
                .singleElement()
                .extracting(Notification::getStatus)
                .isEqualTo(NotificationStatus.SENT);
    }

    /** Files a report from the web whose reporter gave a phone and no e-mail address; answers its tracking ID. */
    private String fileWithPhoneOnly() {
        var report = TestReports.healthComplaint("Rudi Hartono", "rudi@example.org", PHONE);
        report.put("reporter", Map.of("name", "Rudi Hartono", "phone", "0812-7777-5555"));
        var response = api.post("/api/complaints", report);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("trackingId").asText();
    }

    private long complaintId(String trackingId) {
        return jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
    }

    private List<Notification> sms(String trackingId) {
        return notifications.ofComplaint(complaintId(trackingId)).stream()
                .filter(notification -> notification.getChannel() == NotificationChannel.SMS)
                .toList();
    }

    private void complete(String trackingId, String user, Map<String, Object> variables) {
        StaffTasks.complete(tasks, identity, trackingId, user, variables);
    }

    private void deliverQueued() {
        EMailDeliveries.deliverQueued(management);
    }

    private List<String> deliveryJobs() {
        return management.createJobQuery().processDefinitionKey("NotificationDeliveryProcess").list().stream()
                .map(Job::getId)
                .toList();
    }

    /**
     * Answers sendsms as Kannel's smsbox does and records each call's parameters, decoded; and calls the delivery
     * report URL of a call as Kannel would, on the test's own port.
     */
    private static final class FakeKannel {

        private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
        private final int port;
        private volatile int status;
        private volatile String answer;
        private volatile CountDownLatch held;
        private HttpServer server;

        FakeKannel() {
            start(0);
            port = server.getAddress().getPort();
        }

        String sendsmsUrl() {
            return "http://127.0.0.1:" + port + "/cgi-bin/sendsms";
        }

        void reset() {
            calls.clear();
            answer(202, "0: Accepted for delivery");
            held = null;
        }

        void answer(int status, String text) {
            this.status = status;
            this.answer = text;
        }

        /** Kannel answers no call until the latch is counted down. */
        CountDownLatch holdAnswers() {
            held = new CountDownLatch(1);
            return held;
        }

        List<Map<String, String>> calls() {
            return calls;
        }

        void start() {
            start(port);
        }

        private void start(int on) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/cgi-bin/sendsms", exchange -> {
                calls.add(SendsmsQueries.parameters(exchange.getRequestURI().getRawQuery()));
                var latch = held;
                try {
                    if (latch != null && !latch.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let Kannel answer");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                var body = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        void stop() {
            server.stop(0);
        }

        /** Calls a sendsms call's dlr-url with Kannel's escapes filled in, as Kannel does. */
        ApiClient.Response report(ApiClient aduan, Map<String, String> call, int type, String operatorAnswer) {
            var url = URI.create(call.get("dlr-url")
                    .replace("%d", Integer.toString(type))
                    .replace("%A", URLEncoder.encode(operatorAnswer, StandardCharsets.UTF_8)));
            return aduan.get(url.getRawPath() + "?" + url.getRawQuery());
        }
    }
}
