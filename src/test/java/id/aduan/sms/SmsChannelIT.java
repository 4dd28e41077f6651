package id.aduan.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.KannelGateway;
import id.aduan.KannelGateway.Sms;
import id.aduan.StaffDesk;
import id.aduan.StaffTasks;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.TestReports;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.notification.process.NotificationDeliveryProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS 1708 end to end on a real Kannel ({@link KannelGateway}: bearerbox, smsbox and the fake SMS centre playing the
 * phones, with the shipped kannel.conf) in front of the whole application: a report by SMS alone from {@code LAPOR} to
 * the completed SMS, checks, answers and objections by keyword, long and emoji texts both ways, another number acting
 * on someone's report, and Kannel stopped while an SMS is due. Phones send through the SMS centre and read what reached
 * them; the replies come back through smsbox, Aduan's own SMS through sendsms from the outbox. The job executor is off:
 * the test runs the delivery jobs as the job executor would. One application and one Kannel for the whole class.
 */
@AduanIntegrationTest
class SmsChannelIT {

    private static final Pattern TRACKING_ID = Pattern.compile("ADU-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Pattern LINK = Pattern.compile("/laporan/(ADU-[0-9A-Z-]+)\\?token=([A-Za-z0-9_-]+)");

    /** How long a phone waits for an SMS: Kannel takes milliseconds, a busy CI machine much longer. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Numbers of this run, so that no test and no earlier run on the same database sees another's. */
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000 * 100);

    /** Aduan's port, known before it starts: Kannel's sms-service and the delivery reports call it. */
    private static final int PORT = freePort();

    private static final String BRIDGE = "Jembatan gantung di Desa Sungai Lilin putus sejak banjir minggu lalu,"
            + " anak-anak tidak bisa ke sekolah";

    /** The agency's answer: longer than an SMS can quote. */
    private static final String ANSWER = "Jembatan gantung darurat dipasang hari Sabtu oleh dinas bersama TNI, dan"
            + " jembatan permanen masuk anggaran perubahan tahun ini; pengerjaan dimulai bulan depan setelah lelang";

    private static KannelGateway kannel;

    @BeforeAll
    static void startKannel() {
        kannel = KannelGateway.create().start(URI.create("http://127.0.0.1:" + PORT));
    }

    @AfterAll
    static void stopKannel() {
        if (kannel != null) {
            kannel.close();
        }
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("aduan.sms.gateway.secret", () -> kannel.secret());
        registry.add("aduan.notification.sms.enabled", () -> "true");
        registry.add("aduan.notification.sms.sendsms-url", () -> kannel.sendsmsUrl());
        registry.add("aduan.notification.sms.username", () -> kannel.username());
        registry.add("aduan.notification.sms.password", () -> kannel.password());
        registry.add(
                "aduan.notification.sms.delivery-report-url",
                () -> "http://127.0.0.1:" + PORT + "/api/sms/kannel/delivery-report?secret=" + kannel.secret());
    }

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private StaffDesk staff;
    private ApiClient verifier;

    @BeforeEach
    void setUp() {
        staff = new StaffDesk(tasks, identity);
        verifier = ApiClient.on(PORT).as(StaffDesk.VERIFIER, "demo");
    }

    @Test
    void walksAReportBySmsAloneFromLaporToTheCompletedSms() {
        // given a phone and another number
        var phone = newNumber();
        var stranger = newNumber();

        // when the phone reports by SMS
        kannel.phoneSends(phone, "LAPOR " + BRIDGE);

        // then the reply gives the tracking ID, and the report is filed by SMS with the whole text
        var receipt = awaitSms(phone, sms -> sms.text().startsWith("Laporan Anda diterima dengan nomor "));
        var trackingId = trackingId(receipt);
        assertThat(receipt.text()).contains("3 hari kerja", "CEK " + trackingId);
        assertThat(receipt.from()).isEqualTo(kannel.shortCode());
        assertThat(jdbc.queryForMap("select channel, description from complaint where tracking_id = ?", trackingId))
                .containsEntry("CHANNEL", "SMS")
                .containsEntry("DESCRIPTION", BRIDGE);

        // when the verifier sets category and region and verifies it
        verify(trackingId, "ROADS", "16.06");
        deliverQueued();

        // then the phone is told where it went, and Kannel's delivery reports are recorded on that SMS
        var routed = awaitSms(phone, sms -> sms.text().startsWith(trackingId + ": Laporan Anda diteruskan kepada "));
        assertThat(routed.text()).contains("Dinas Pekerjaan Umum", "CEK " + trackingId);
        await().atMost(WAIT).until(() -> "DELIVERED".equals(deliveryReport(trackingId, "ROUTED")));

        // when the agency answers
        staff.respond("DPUPR-MUBA", trackingId, ANSWER);
        deliverQueued();

        // then the phone gets the answer's first words and the private link, which opens the report
        var answer = awaitSms(phone, sms -> sms.text().startsWith(trackingId + " ditindaklanjuti: "));
        assertThat(answer.text()).contains("\"Jembatan gantung darurat dipasang", "TERIMA " + trackingId);
        var link = LINK.matcher(answer.text());
        assertThat(link.find()).as(answer.text()).isTrue();
        assertThat(link.group(1)).isEqualTo(trackingId);
        assertThat(ApiClient.on(PORT)
                        .with("X-Access-Token", link.group(2))
                        .get("/api/complaints/" + trackingId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("FOLLOWED_UP");

        // when the phone and another number check it
        var own = reply(phone, "cek " + trackingId.replace("-", "").toLowerCase());
        var other = reply(stranger, "CEK " + trackingId);

        // then the phone reads status, deadline and the answer's first words; the other number learns nothing of a
        // report by SMS, which is confidential
        assertThat(own.text())
                .startsWith(trackingId + ": Ditindaklanjuti. Batas waktu: ")
                .contains("Jawaban: \"Jembatan gantung darurat dipasang");
        assertThat(other.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");

        // when the other number accepts it
        var refused = reply(stranger, "TERIMA " + trackingId + " 1");

        // then it is refused as a report that does not exist, and nothing changes
        assertThat(refused.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");
        assertThat(view(trackingId, phone).status()).isEqualTo(ComplaintStatus.FOLLOWED_UP);

        // when the phone accepts it with 5
        var accepted = reply(phone, "TERIMA " + trackingId + " 5");
        deliverQueued();

        // then the report is completed with the rating, and the phone gets the completed SMS
        assertThat(accepted.text()).contains(trackingId, "5/5");
        awaitSms(phone, sms -> sms.text().startsWith(trackingId + ": Laporan Anda selesai."));
        assertThat(view(trackingId, phone).status()).isEqualTo(ComplaintStatus.COMPLETED);

        // and each SMS came once: three replies and three messages of Aduan's; the other number got its two replies
        assertThat(kannel.messagesTo(phone)).hasSize(6);
        assertThat(kannel.messagesTo(stranger)).hasSize(2);
    }

    @Test
    void answersADeferralByBalasFromTheReportersNumberOnlyWithEmojiIntactInAndOut() {
        // given a report by SMS with emoji, which the phone sends in UCS-2
        var phone = newNumber();
        var text = "Lampu jalan di gang Melati mati sejak seminggu \uD83D\uDCA1\uD83D\uDE1F gelap sekali, tolong"
                + " \uD83D\uDE4F";
        kannel.phoneSends(phone, "LAPOR " + text);
        var trackingId = trackingId(awaitSms(phone, sms -> sms.text().startsWith("Laporan Anda diterima")));
        assertThat(FiledReports.description(jdbc, trackingId)).isEqualTo(text);

        // when the verifier defers it with a question that has an emoji
        staff.defer(trackingId, "Gang Melati di desa mana? \uD83D\uDE4F");
        deliverQueued();

        // then the question reaches the phone with how to answer, and a check quotes it with its emoji, in UCS-2
        var deferred = awaitSms(phone, sms -> sms.text().startsWith(trackingId + ": Laporan Anda perlu dilengkapi."));
        assertThat(deferred.text()).contains("Gang Melati di desa mana?", "BALAS " + trackingId);
        var check = reply(phone, "CEK " + trackingId);
        assertThat(check.text()).contains("Jawaban: \"Gang Melati di desa mana? \uD83D\uDE4F\"");
        assertThat(check.ucs2()).isTrue();

        // when another number answers it
        var stranger = newNumber();
        var refused = reply(stranger, "BALAS " + trackingId + " Desa Sukamaju");

        // then it is refused as a report that does not exist, and the report still waits for its reporter
        assertThat(refused.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");
        assertThat(view(trackingId, phone).status()).isEqualTo(ComplaintStatus.DEFERRED);

        // when the reporter's number answers
        var answered = reply(phone, "BALAS " + trackingId + " Desa Sukamaju, Kecamatan Sekayu");

        // then the answer is on the report, which goes back to the verifier
        assertThat(answered.text()).startsWith("Pesan Anda untuk laporan " + trackingId + " sudah kami terima");
        var view = view(trackingId, phone);
        assertThat(view.status()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(FiledReports.texts(view.timeline(), TimelineEntryType.REPORTER_MESSAGE))
                .containsExactly("Desa Sukamaju, Kecamatan Sekayu");

        // when the verifier archives it with a reason that has an emoji
        var reason = "Diurus Kantor Desa Sukamaju, lapor ke sana \uD83D\uDE4F";
        StaffTasks.complete(
                verifier,
                trackingId,
                Map.of(
                        "verificationDecision",
                        "ARCHIVE",
                        "archiveReasonCode",
                        "NOT_PUBLIC_SERVICE",
                        "archiveReason",
                        reason));
        deliverQueued();

        // then the reason reaches the phone intact, in UCS-2
        var archived = awaitSms(phone, sms -> sms.text().startsWith(trackingId + ": Laporan Anda diarsipkan."));
        assertThat(archived.text()).endsWith("Alasan: Bukan tentang pelayanan publik — " + reason);
        assertThat(archived.ucs2()).isTrue();
    }

    @Test
    void objectsToTheAnswerOfALongSmsReportByTolakAndTheAgencyGetsItBack() {
        // given a report longer than one SMS, which the phone sends in parts, verified and answered by the agency
        var phone = newNumber();
        var text = "Puskesmas Sekayu tutup pada jam layanan pagi selama seminggu terakhir, warga yang datang berobat"
                + " jam delapan harus menunggu sampai jam sepuluh dan beberapa pulang tanpa diperiksa dokter.";
        assertThat(text).hasSizeGreaterThan(160);
        kannel.phoneSends(phone, "LAPOR " + text);
        var trackingId = trackingId(awaitSms(phone, sms -> sms.text().startsWith("Laporan Anda diterima")));
        assertThat(FiledReports.description(jdbc, trackingId)).isEqualTo(text);
        verify(trackingId, "HEALTH_FACILITY", "16.06");
        staff.respond("DINKES-MUBA", trackingId, "Kepala puskesmas ditegur, jam layanan kembali normal sejak Senin.");

        // when the phone objects
        var objected = reply(phone, "TOLAK " + trackingId + " puskesmas masih tutup jam 10 pagi");

        // then the objection is on the report, and the agency has the report to follow up again
        assertThat(objected.text()).startsWith("Sanggahan Anda untuk laporan " + trackingId + " sudah kami terima.");
        var view = view(trackingId, phone);
        assertThat(view.status()).isNotEqualTo(ComplaintStatus.FOLLOWED_UP);
        assertThat(FiledReports.texts(view.timeline(), TimelineEntryType.OBJECTED))
                .containsExactly("puskesmas masih tutup jam 10 pagi");
        assertThat(StaffTasks.onlyTask(ApiClient.on(PORT).as("dinkes-muba-officer", "demo"), trackingId)
                        .get("taskDefinitionKey")
                        .asText())
                .isEqualTo("UserTask_FollowUpComplaint");
    }

    @Test
    void answersTheChecksOfAWebReportThatGaveTheNumberInFullToItAndWithThePublicStatusToAnotherNumber() {
        // given a public report filed on the web by a reporter who gave only a phone, which the agency answered
        var phone = newNumber();
        var report = TestReports.roadComplaintWith("reporter", Map.of("name", "Siti Aminah", "phone", phone));
        var filed = ApiClient.on(PORT).post("/api/complaints", report);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        staff.verify(trackingId);
        staff.respond("DPUPR-MUBA", trackingId, ANSWER);

        // when its number and another check it
        var own = reply(phone, "CEK " + trackingId);
        var other = reply(newNumber(), "CEK " + trackingId);

        // then its number reads the answer's first words and how to accept or object; the other the public status only
        assertThat(own.text())
                .startsWith(trackingId + ": Ditindaklanjuti. Batas waktu: ")
                .contains("Jawaban: \"Jembatan gantung darurat dipasang", "TERIMA " + trackingId);
        assertThat(other.text()).matches(Pattern.quote(trackingId) + ": Ditindaklanjuti\\. Batas waktu: [^.]+\\.");
    }

    @Test
    void anSmsDueWhileKannelIsStoppedStaysInTheOutboxAndArrivesOnceWhenKannelIsBack() {
        // given a report by SMS whose routing SMS is due
        var phone = newNumber();
        kannel.phoneSends(phone, "LAPOR " + BRIDGE);
        var trackingId = trackingId(awaitSms(phone, sms -> sms.text().startsWith("Laporan Anda diterima")));
        verify(trackingId, "ROADS", "16.06");
        var job = deliveryJob(trackingId, "ROUTED");

        // when Kannel is stopped and the delivery job runs
        kannel.stop();
        try {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Kannel");

            // then the SMS stays in the outbox, to be tried again
            assertThat(notification(trackingId, "ROUTED")).containsEntry("STATUS", "PENDING");
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult())
                    .isNotNull();
        } finally {
            kannel.restart();
        }

        // when Kannel is back and the job runs again
        management.executeJob(job.getId());

        // then the SMS reaches the phone once
        var routed = (Predicate<Sms>) sms -> sms.text().startsWith(trackingId + ": Laporan Anda diteruskan kepada ");
        awaitSms(phone, routed);
        assertThat(notification(trackingId, "ROUTED")).containsEntry("STATUS", "SENT");
        await().atMost(WAIT).until(() -> kannel.status().contains("(0 queued), store size 0"));
        await().during(Duration.ofSeconds(1))
                .atMost(WAIT)
                .until(() -> kannel.messagesTo(phone).stream().filter(routed).count() == 1);
    }

    /** The verifier verifies the report through /engine-rest, as Tasklist does, setting its category and region. */
    private void verify(String trackingId, String categoryCode, String regionCode) {
        var values = new HashMap<String, String>();
        values.put("verificationDecision", "VERIFY");
        values.put("complexity", "SIMPLE");
        values.put("correctedCategoryCode", categoryCode);
        values.put("correctedRegionCode", regionCode);
        StaffTasks.complete(verifier, trackingId, values);
    }

    /** The reply to an SMS from the phone: the first SMS that reaches it after it sent the text. */
    private static Sms reply(String phone, String text) {
        var before = kannel.messagesTo(phone).size();
        kannel.phoneSends(phone, text);
        await().atMost(WAIT).until(() -> kannel.messagesTo(phone).size() > before);
        return kannel.messagesTo(phone).get(before);
    }

    private static Sms awaitSms(String phone, Predicate<Sms> condition) {
        return kannel.awaitMessageTo(phone, condition, WAIT);
    }

    private void deliverQueued() {
        EMailDeliveries.deliverQueued(management);
    }

    /** The job that delivers the report's SMS of the kind. */
    private Job deliveryJob(String trackingId, String kind) {
        var batch = (String) notification(trackingId, kind).get("BATCH_ID");
        var delivery = runtime.createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID)
                .variableValueEquals(NotificationDeliveryProcess.NOTIFICATION_BATCH_ID, batch)
                .singleResult();
        assertThat(delivery)
                .as("the delivery of the %s SMS about %s", kind, trackingId)
                .isNotNull();
        return management.createJobQuery().processInstanceId(delivery.getId()).singleResult();
    }

    private Map<String, Object> notification(String trackingId, String kind) {
        return jdbc.queryForMap(
                "select n.batch_id, n.status, n.delivery_report from notification n join complaint c on c.id = n.complaint_id"
                        + " where c.tracking_id = ? and n.kind = ? and n.channel = 'SMS'",
                trackingId,
                kind);
    }

    private String deliveryReport(String trackingId, String kind) {
        return (String) notification(trackingId, kind).get("DELIVERY_REPORT");
    }

    private ReporterComplaintView view(String trackingId, String phone) {
        return (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.phone(phone));
    }

    private static String trackingId(Sms sms) {
        var found = TRACKING_ID.matcher(sms.text());
        assertThat(found.find()).as("a tracking ID in %s", sms.text()).isTrue();
        return found.group();
    }

    /** A number of this run, in E.164 as the SMS centre passes it on. */
    private static String newNumber() {
        return "+62812" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
