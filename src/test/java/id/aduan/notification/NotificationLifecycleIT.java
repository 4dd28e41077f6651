package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.StaffTasks;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.complaint.TestReports;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every e-mail of a complaint's lifecycle, received by GreenMail over SMTP: who gets what, in which language,
 * once each, and that an SMTP outage delays e-mail without losing or doubling any and without stalling the
 * complaint. The job executor is off: the test runs the delivery jobs as the job executor would.
 */
@AduanIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3125"})
class NotificationLifecycleIT {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("/laporan/(ADU-[0-9A-Z-]+)\\?token=([A-Za-z0-9_-]+)");

    /** An access token as Aduan makes them: 256 bits in URL-safe Base64. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

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

    @Autowired
    ReporterAccessProperties reporterAccess;

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
    void sendsEveryoneTheExpectedEMailsOnceEachInTheirLanguage() throws Exception {
        // given a reporter who reads English files a complaint
        var report = TestReports.healthComplaint("Rina Wulandari", "rina@example.org", "+62 813 9999 0000");
        report.put("language", "en");
        var submitted = api.post("/api/complaints", report).json();
        var trackingId = submitted.get("trackingId").asText();
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText());
        var path = "/api/complaints/" + trackingId;

        // then the receipt and the verifiers' notice, queued in one transaction, are one delivery
        var filed = jdbc.queryForList(
                "select n.kind, n.batch_id from notification n join complaint c on c.id = n.complaint_id"
                        + " where c.tracking_id = ?",
                trackingId);
        assertThat(filed).extracting(row -> row.get("kind")).contains("RECEIPT", "VERIFICATION_TASK");
        assertThat(filed)
                .extracting(row -> row.get("batch_id"))
                .containsOnly(filed.get(0).get("batch_id"));
        assertThat(deliveryJobs(trackingId)).hasSize(1);
        deliverQueuedEMails();

        // when the complaint goes through verification, an information request, an answer and acceptance
        complete(trackingId, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        deliverQueuedEMails();
        complete(
                trackingId,
                "dinkes-muba-officer",
                Map.of("followUpDecision", "REQUEST_INFO", "followUpText", "Which day?"));
        deliverQueuedEMails();
        assertThat(reporter.post(path + "/messages", Map.of("message", "Every Monday."))
                        .status())
                .isEqualTo(200);
        deliverQueuedEMails();
        complete(trackingId, "dinkes-muba-officer", Map.of("followUpDecision", "RESPOND", "followUpText", "Fixed."));
        deliverQueuedEMails();
        assertThat(reporter.post(path + "/acceptance", Map.of("rating", 5)).status())
                .isEqualTo(200);
        deliverQueuedEMails();

        // then the reporter got these, in English, in this order
        assertThat(subjects(to("rina@example.org", trackingId)))
                .containsExactly(
                        trackingId + ": We have received your report",
                        trackingId + ": Your report was forwarded to an agency",
                        trackingId + ": Dinas Kesehatan Kabupaten Musi Banyuasin asks for more information",
                        trackingId + ": Your report has been followed up",
                        trackingId + ": Your report is completed");
        // and staff got these, in Indonesian
        assertThat(subjects(to("verifier@demo.aduan.invalid", trackingId)))
                .containsExactly(trackingId + ": Laporan baru untuk diverifikasi");
        var agencyTask = trackingId + ": Laporan untuk ditindaklanjuti oleh Dinas Kesehatan Kabupaten Musi Banyuasin";
        assertThat(subjects(to("dinkes-muba-officer@demo.aduan.invalid", trackingId)))
                .containsExactly(agencyTask, agencyTask);
        assertThat(subjects(to("dinkes-muba-supervisor@demo.aduan.invalid", trackingId)))
                .containsExactly(agencyTask, agencyTask);
        assertThat(to("disdukcapil-muba-officer@demo.aduan.invalid", trackingId))
                .isEmpty();

        // and no staff e-mail carries the reporter's identity
        for (var mail : about(trackingId)) {
            if (!recipient(mail).equals("rina@example.org")) {
                assertThat(EMailDeliveries.readableText(mail))
                        .contains("Puskesmas Sekayu tutup")
                        .doesNotContain("Rina", "rina@example.org", "813 9999 0000");
            }
        }

        // and the link in the receipt opens the reporter's view, while the outbox no longer holds it
        var receipt =
                EMailDeliveries.readableText(to("rina@example.org", trackingId).get(0));
        var link = LINK.matcher(receipt);
        assertThat(link.find()).isTrue();
        var view = api.with("X-Access-Token", link.group(2)).get("/api/complaints/" + link.group(1));
        assertThat(view.json().get("reporter").get("name").asText()).isEqualTo("Rina Wulandari");
        var complaintId = jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, trackingId);
        assertThat(notifications.ofComplaint(complaintId)).allSatisfy(notification -> {
            assertThat(notification.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(notification.getContent()).doesNotContain(link.group(2));
        });
    }

    @Test
    void keepsNoTokenInTheOutboxAndSendsLinksThatWorkUntilTheirTimeIsUp() {
        // given a reporter who filed a complaint and keeps the token they got at filing
        var submitted = api.post(
                        "/api/complaints",
                        TestReports.healthComplaint("Dewi Sartika", "dewi@example.org", "+62 812 5555 6666"))
                .json();
        var trackingId = submitted.get("trackingId").asText();
        var filingToken = submitted.get("accessToken").asText();
        var path = "/api/complaints/" + trackingId;

        // when it is verified and answered, every e-mail waiting in the outbox is read before it is sent
        var waiting = new ArrayList<String>();
        waiting.addAll(waitingInOutbox(trackingId));
        deliverQueuedEMails();
        complete(trackingId, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        waiting.addAll(waitingInOutbox(trackingId));
        deliverQueuedEMails();
        complete(trackingId, "dinkes-muba-officer", Map.of("followUpDecision", "RESPOND", "followUpText", "Buka."));
        waiting.addAll(waitingInOutbox(trackingId));
        deliverQueuedEMails();

        // then no e-mail waiting for the SMTP server held a link with a token, or anything like a token
        assertThat(waiting)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(content -> assertThat(content)
                        .doesNotContain("token=", filingToken)
                        .doesNotContainPattern(TOKEN));
        // and each of the reporter's e-mails (receipt, routing, answer) has a link with a token of its own
        var tokens = to("dewi@example.org", trackingId).stream()
                .map(mail -> {
                    var link = LINK.matcher(EMailDeliveries.readableText(mail));
                    assertThat(link.find()).isTrue();
                    return link.group(2);
                })
                .toList();
        assertThat(tokens).hasSize(3).doesNotHaveDuplicates().doesNotContain(filingToken);
        // and no outbox row holds any of them, sent or not
        assertThat(jdbc.queryForList("select content from notification", String.class))
                .allSatisfy(content -> assertThat(content).doesNotContain(tokens.toArray(String[]::new)));
        // and the latest link opens the reporter's view
        var emailToken = tokens.get(2);
        assertThat(api.with("X-Access-Token", emailToken)
                        .get(path)
                        .json()
                        .get("reporter")
                        .get("name")
                        .asText())
                .isEqualTo("Dewi Sartika");

        // when the e-mail links' time is up
        var later = ClockUtil.getCurrentTime()
                .toInstant()
                .plus(reporterAccess.emailLinkValidity())
                .plus(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(later));

        // then the link opens no more than a wrong token would: the public view, and no reporter's action
        var expired = api.with("X-Access-Token", emailToken);
        assertThat(expired.get(path).json().has("reporter")).isFalse();
        assertThat(expired.post(path + "/acceptance", Map.of("rating", 5)).status())
                .isEqualTo(404);
        // while the token given at filing still opens the reporter's view
        var reporter = api.with("X-Access-Token", filingToken);
        assertThat(reporter.get(path).json().get("reporter").get("name").asText())
                .isEqualTo("Dewi Sartika");
        assertThat(reporter.post(path + "/acceptance", Map.of("rating", 5)).status())
                .isEqualTo(200);
    }

    @Test
    void anSmtpOutageDelaysEMailWithoutLosingOrDoublingAnyAndWithoutStallingTheComplaint() {
        // given a complaint whose receipt went out
        var trackingId = api.post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();
        deliverQueuedEMails();
        assertThat(to("budi@example.org", trackingId)).hasSize(1);

        // when the SMTP server is down while the verifier verifies the complaint
        smtp.stop();
        try {
            complete(trackingId, "verifier", Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));

            // then the complaint went on to the agency all the same
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(trackingId)
                            .taskDefinitionKey("UserTask_FollowUpComplaint")
                            .count())
                    .isOne();

            // and every delivery fails for now and is to be retried
            var deliveries = deliveryJobs(trackingId);
            assertThat(deliveries).isNotEmpty();
            for (var job : deliveries) {
                assertThatThrownBy(() -> management.executeJob(job)).hasMessageContaining("SMTP server did not take");
            }
            assertThat(management
                            .createJobQuery()
                            .jobId(deliveries.get(0))
                            .singleResult()
                            .getRetries())
                    .isEqualTo(4);
        } finally {
            smtp.start();
        }

        // when the server is back and the retries run
        for (var job : deliveryJobs(trackingId)) {
            management.executeJob(job);
        }
        deliverQueuedEMails();

        // then each e-mail arrived once (the restarted GreenMail starts with an empty mailbox)
        assertThat(subjects(to("budi@example.org", trackingId)))
                .containsExactly(trackingId + ": Laporan Anda diteruskan kepada instansi");
        assertThat(to("dpupr-muba-officer@demo.aduan.invalid", trackingId)).hasSize(1);
        assertThat(deliveryJobs(trackingId)).isEmpty();
    }

    private void complete(String trackingId, String user, Map<String, Object> variables) {
        StaffTasks.complete(tasks, identity, trackingId, user, variables);
    }

    /** What the e-mails about a report that wait for the SMTP server say, as the outbox holds them. */
    private List<String> waitingInOutbox(String trackingId) {
        return jdbc.queryForList(
                "select n.content from notification n join complaint c on c.id = n.complaint_id"
                        + " where c.tracking_id = ? and n.status = 'PENDING'",
                String.class,
                trackingId);
    }

    private void deliverQueuedEMails() {
        EMailDeliveries.deliverQueued(management);
    }

    /** The jobs of the report's notification deliveries, whose instances have its tracking ID as business key. */
    private List<String> deliveryJobs(String trackingId) {
        return jdbc.queryForList(
                "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
                        + " where e.business_key_ = ? and j.process_def_key_ = 'NotificationDeliveryProcess'",
                String.class,
                trackingId);
    }

    private static List<MimeMessage> about(String trackingId) throws Exception {
        var mails = new ArrayList<MimeMessage>();
        for (var mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().startsWith(trackingId)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static List<MimeMessage> to(String address, String trackingId) {
        try {
            return about(trackingId).stream()
                    .filter(mail -> recipient(mail).equals(address))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream()
                .map(mail -> {
                    try {
                        return mail.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
