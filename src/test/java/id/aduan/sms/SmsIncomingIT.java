package id.aduan.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.DatabaseTables;
import id.aduan.StaffDesk;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.PhoneNumbers;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.TestReports;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.notification.SmsOptOuts;
import id.aduan.stats.StatisticsService;
import id.aduan.system.SmsText;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SMS 1708 from citizens, over HTTP as Kannel's smsbox calls Aduan for each SMS ({@link KannelSmsbox}): reports,
 * checks, answers, acceptances and objections by keyword, with the sender's number as the reporter's credential; the
 * same SMS delivered twice, the gateway's secret, the blocklist, and what the number leaves behind.
 */
@AduanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SmsIncomingIT {

    private static final Pattern TRACKING_ID = Pattern.compile("ADU-[0-9A-Z]{4}-[0-9A-Z]{4}");

    /** Numbers of this test run, one or more for each test, so that no test sees another's. */
    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000 * 100);

    private static final String ROAD =
            "Jalan poros Desa Sukamaju berlubang besar sejak tiga bulan, sudah dua motor jatuh minggu ini";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    SmsOptOuts optOuts;

    @Autowired
    StatisticsService statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private KannelSmsbox kannel;
    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        kannel = new KannelSmsbox(port);
        staff = new StaffDesk(tasks, identity);
    }

    @Nested
    class Reports {

        @Test
        void filesALaporReportFromTheNumberAndAnswersWithItsTrackingIdDeadlineAndHowToCheck(CapturedOutput log) {
            // given a phone whose operator passes the number on in its national form
            var phone = newNumber();

            // when it sends LAPOR
            var reply = kannel.send(phone, "LAPOR " + ROAD);

            // then the reply SMS gives the tracking ID, the verification's deadline and how to check it
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).isEqualTo("text/plain;charset=UTF-8");
            assertThat(reply.coding()).isNull();
            var trackingId = trackingId(reply);
            assertThat(reply.text())
                    .matches("Laporan Anda diterima dengan nomor " + trackingId + "\\. Petugas akan memverifikasinya"
                            + " dalam 3 hari kerja \\(s\\.d\\. \\d{1,2} \\p{L}+ \\d{4}\\)\\. Cek status: CEK "
                            + trackingId);

            // and the report is filed by SMS, in Indonesian, with the whole text and the number in E.164
            var filed = jdbc.queryForMap(
                    "select channel, reporter_phone, description, language from complaint where tracking_id = ?",
                    trackingId);
            assertThat(filed)
                    .containsEntry("CHANNEL", "SMS")
                    .containsEntry("REPORTER_PHONE", e164(phone))
                    .containsEntry("DESCRIPTION", ROAD)
                    .containsEntry("LANGUAGE", "ID");

            // and the number is in the report only: not in the process, its history, the limits or the log
            var digits = e164(phone).substring(3);
            assertThat(DatabaseTables.containing(jdbc, digits)).containsExactly("COMPLAINT");
            assertThat(log.getAll()).doesNotContain(digits).contains(PhoneNumbers.mask(phone));
        }

        @Test
        void answersAReportWithTheEnglishKeywordInEnglish() {
            var reply = kannel.send(newNumber(), "REPORT The street lights on Jalan Merdeka have been off for weeks");

            var trackingId = trackingId(reply);
            assertThat(reply.text())
                    .startsWith("Your report is received as " + trackingId + ". An officer will verify it within 3"
                            + " working days (by ")
                    .endsWith("Status: CHECK " + trackingId);
            assertThat(jdbc.queryForObject(
                            "select language from complaint where tracking_id = ?", String.class, trackingId))
                    .isEqualTo("EN");
        }

        @Test
        void takesATextWithoutKeywordForAReportAndExplainsTheKeywordsTheFirstTimeOnly() {
            // given a number that never wrote to 1708
            var phone = newNumber();

            // when it sends two reports without keyword
            var first = kannel.send(phone, ROAD);
            var second = kannel.send(phone, "Lampu jalan di depan pasar Sekayu mati sejak seminggu");

            // then both are filed, and only the first reply explains the keywords
            assertThat(trackingId(first)).isNotEqualTo(trackingId(second));
            assertThat(first.text())
                    .contains("Cek status: CEK " + trackingId(first))
                    .endsWith("Kata kunci: LAPOR <isi>, CEK <no>, BALAS <no> <pesan>, TERIMA <no> <nilai 1-5>,"
                            + " TOLAK <no> <alasan>, BERHENTI.");
            assertThat(second.text()).doesNotContain("Kata kunci");
            assertThat(SmsText.segments(first.text())).isLessThanOrEqualTo(2);
        }

        @Test
        void answersAReportWithoutKeywordInTheLanguageOfTheNumbersLastKeyword() {
            var phone = newNumber();
            kannel.send(phone, "HELP");

            var reply = kannel.send(phone, "The bridge to Sungai Lilin village collapsed after the flood");

            assertThat(reply.text()).startsWith("Your report is received as ").contains("Keywords: REPORT <text>");
        }

        @Test
        void countsAnSmsReportForTheSmsChannelInTheStatisticsAndTheMetrics() {
            // given
            var api = ApiClient.on(port);
            var metrics = api.as("demo", "demo");
            statistics.refresh();
            var before = smsReports(api.get("/api/statistics").json().get("channels"));
            var filedBefore = filedBySms(metrics.get("/actuator/prometheus").text());

            // when
            trackingId(kannel.send(newNumber(), "LAPOR " + ROAD));

            // then
            statistics.refresh();
            assertThat(smsReports(api.get("/api/statistics").json().get("channels")))
                    .isEqualTo(before + 1);
            assertThat(filedBySms(metrics.get("/actuator/prometheus").text())).isEqualTo(filedBefore + 1);
        }

        @Test
        void filesALongSmsWhole() {
            var text = ROAD + ". " + ROAD.toUpperCase() + ". Mohon segera diperbaiki sebelum musim hujan.";
            assertThat(text).hasSizeGreaterThan(160);

            var reply = kannel.send(newNumber(), "LAPOR " + text);

            assertThat(FiledReports.description(jdbc, trackingId(reply))).isEqualTo(text);
        }

        @Test
        void filesAnSmsWithEmojiThatTheGatewayPostsInUcs2Whole() {
            // given an SMS in UCS-2, which smsbox posts as UTF-16BE when it does not recode it
            var text = "Jembatan putus \uD83D\uDE21\uD83D\uDE21 anak-anak tidak bisa ke sekolah, tolong \uD83D\uDE4F "
                    + "sudah seminggu dan belum ada petugas yang datang melihat keadaan jembatan di desa kami";

            // when
            var reply = kannel.post(newNumber(), "LAPOR " + text, StandardCharsets.UTF_16BE);

            // then the report keeps every character, and the reply is plain GSM text
            assertThat(reply.status()).isEqualTo(200);
            assertThat(FiledReports.description(jdbc, trackingId(reply))).isEqualTo(text);
            assertThat(reply.coding()).isNull();
        }

        @Test
        void takesAnSmsPostedAsAForm() {
            var reply = kannel.postForm(newNumber(), "LAPOR " + ROAD);

            assertThat(FiledReports.description(jdbc, trackingId(reply))).isEqualTo(ROAD);
        }

        @Test
        void filesAnSmsOnceWhenTheGatewayDeliversItAgain() {
            // given an SMS that smsbox sends again, with the same id, because it did not get the first answer
            var phone = newNumber();
            var messageId = UUID.randomUUID().toString();
            var first = kannel.send(messageId, phone, "LAPOR " + ROAD);

            // when
            var again = kannel.send(messageId, phone, "LAPOR " + ROAD);

            // then the number has one report, and the second delivery is answered as the first
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.text()).isEqualTo(first.text());
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where reporter_phone = ?", Integer.class, e164(phone)))
                    .isEqualTo(1);
            assertThat(jdbc.queryForMap("select * from sms_inbound where message_id = ?", messageId)
                            .values())
                    .doesNotContain(ROAD, e164(phone));
        }

        @Test
        void asksTheGatewayAgainWhileTheFirstDeliveryIsHandledAndTakesOverTheClaimOfAStoppedNode() {
            // given an SMS whose first delivery a node claimed a moment ago and is still handling
            var phone = newNumber();
            var messageId = UUID.randomUUID().toString();
            jdbc.update(
                    "insert into sms_inbound (message_id, received_at) values (?, ?)",
                    messageId,
                    OffsetDateTime.now(ZoneOffset.UTC));

            // when the gateway delivers it again
            var meanwhile = kannel.send(messageId, phone, "LAPOR " + ROAD);

            // then it is to ask again later, and nothing is filed by this delivery
            assertThat(meanwhile.status()).isEqualTo(503);
            assertThat(meanwhile.text()).isEmpty();
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where reporter_phone = ?", Integer.class, e164(phone)))
                    .isZero();

            // when the node that claimed it stopped, and the gateway asks again after the claim went stale
            jdbc.update(
                    "update sms_inbound set received_at = ? where message_id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                    messageId);
            var later = kannel.send(messageId, phone, "LAPOR " + ROAD);

            // then this delivery files the report and answers it
            assertThat(later.status()).isEqualTo(200);
            assertThat(FiledReports.description(jdbc, trackingId(later))).isEqualTo(ROAD);
        }
    }

    @Nested
    class Checks {

        @Test
        void answersTheReportersOwnNumberWithStatusDeadlineAndTheAgencysFirstWordsInTwoSms() {
            // given a report that gave the number, which the health office answered at length
            var phone = newNumber();
            var trackingId = answeredHealthReport(phone, false);

            // when the number checks it
            var reply = kannel.send(phone, "cek " + trackingId.replace("-", "").toLowerCase());

            // then
            assertThat(reply.text())
                    .startsWith(trackingId + ": Ditindaklanjuti. Batas waktu: ")
                    .contains("Jawaban: \"Kepala puskesmas ditegur")
                    .endsWith("...\" Kirim TERIMA " + trackingId + " <1-5> atau TOLAK " + trackingId + " <alasan>");
            assertThat(SmsText.segments(reply.text())).isLessThanOrEqualTo(2);
        }

        @Test
        void quotesAQuestionWithEmojiInUcs2() {
            // given a report by SMS that the verifier deferred with a question that has an emoji
            var phone = newNumber();
            var trackingId = trackingId(kannel.send(phone, "LAPOR " + ROAD));
            staff.defer(trackingId, "Desa mana? \uD83D\uDE4F");

            // when its number checks it
            var reply = kannel.send(phone, "CEK " + trackingId);

            // then Kannel is told to send the reply in UCS-2, in at most two SMS
            assertThat(reply.text()).contains("Jawaban: \"Desa mana? \uD83D\uDE4F\"");
            assertThat(reply.coding()).isEqualTo("2");
            assertThat(SmsText.segments(reply.text())).isLessThanOrEqualTo(2);
        }

        @Test
        void answersAnotherNumberWithThePublicStatusOnly() {
            var trackingId = answeredHealthReport(newNumber(), false);

            var reply = kannel.send(newNumber(), "CEK " + trackingId);

            assertThat(reply.text())
                    .isEqualTo(trackingId + ": Ditindaklanjuti. Batas waktu: " + deadlineIn(reply) + ".")
                    .doesNotContain("Kepala puskesmas", "TERIMA");
        }

        @Test
        void answersAConfidentialReportOfAnotherNumberAsAWrongTrackingId() {
            // given a confidential report
            var owner = newNumber();
            var trackingId = answeredHealthReport(owner, true);

            // when another number checks it, and a tracking ID that no report has
            var confidential = kannel.send(newNumber(), "CEK " + trackingId);
            var wrong = kannel.send(newNumber(), "CEK ADU-0000-0000");

            // then both get the same answer, but for the ID
            assertThat(confidential.text()).isEqualTo(wrong.text().replace("ADU-0000-0000", trackingId));
            assertThat(confidential.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");

            // and its own number sees it
            assertThat(kannel.send(owner, "CEK " + trackingId).text()).startsWith(trackingId + ": Ditindaklanjuti.");
        }
    }

    @Nested
    class ReportersActions {

        @Test
        void answersADeferralByBalasFromTheReportersNumberOnly() {
            // given a report by SMS that the verifier deferred with a question
            var phone = newNumber();
            var trackingId = trackingId(kannel.send(phone, "LAPOR " + ROAD));
            staff.defer(trackingId, "Di kecamatan mana desa itu?");

            // then its number sees the question and how to answer it
            assertThat(kannel.send(phone, "CEK " + trackingId).text())
                    .startsWith(trackingId + ": Ditunda. Batas waktu: ")
                    .contains("Jawaban: \"Di kecamatan mana desa itu?\"")
                    .endsWith("Jawab: BALAS " + trackingId + " <pesan>");

            // when another number answers, it learns nothing and nothing changes
            var stranger = kannel.send(newNumber(), "BALAS " + trackingId + " Kecamatan Sekayu");
            assertThat(stranger.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");
            assertThat(view(trackingId, phone).status()).isEqualTo(ComplaintStatus.DEFERRED);

            // when the reporter's number answers
            var answer = kannel.send(phone, "Balas: " + trackingId.toLowerCase() + ": Kecamatan Sekayu, depan SD 3");

            // then the answer is on the report, which goes back to the verifier
            assertThat(answer.text())
                    .isEqualTo("Pesan Anda untuk laporan " + trackingId
                            + " sudah kami terima dan diteruskan kepada petugas. Terima kasih.");
            var view = view(trackingId, phone);
            assertThat(view.status()).isEqualTo(ComplaintStatus.SUBMITTED);
            assertThat(FiledReports.texts(view.timeline(), TimelineEntryType.REPORTER_MESSAGE))
                    .containsExactly("Kecamatan Sekayu, depan SD 3");
        }

        @Test
        void acceptsTheFollowUpByTerimaFromTheReportersNumberOnlyAndOnce() {
            // given a report with the health office's answer
            var phone = newNumber();
            var trackingId = answeredHealthReport(phone, false);

            // when other numbers accept or object
            var accepting = kannel.send(newNumber(), "TERIMA " + trackingId + " 5");
            var objecting = kannel.send(newNumber(), "TOLAK " + trackingId + " belum diperbaiki");

            // then they learn nothing, and nothing changes
            assertThat(accepting.text()).startsWith("Laporan " + trackingId + " tidak ditemukan.");
            assertThat(objecting.text()).isEqualTo(accepting.text());
            assertThat(view(trackingId, phone).status()).isEqualTo(ComplaintStatus.FOLLOWED_UP);

            // when the reporter's number accepts, in an SMS the gateway delivers twice
            var messageId = UUID.randomUUID().toString();
            var accepted = kannel.send(messageId, phone, "terima " + trackingId + " bintang 4 terima kasih");
            var again = kannel.send(messageId, phone, "terima " + trackingId + " bintang 4 terima kasih");

            // then the report is completed with its rating, and the second delivery is answered the same
            assertThat(accepted.text())
                    .isEqualTo("Terima kasih. Anda menerima tindak lanjut laporan " + trackingId
                            + " dengan nilai 4/5. Laporan selesai.");
            assertThat(again.text()).isEqualTo(accepted.text());
            var view = view(trackingId, phone);
            assertThat(view.status()).isEqualTo(ComplaintStatus.COMPLETED);
            assertThat(view.rating()).isEqualTo(4);
            assertThat(FiledReports.texts(view.timeline(), TimelineEntryType.ACCEPTED))
                    .containsExactly("4/5 – terima kasih");

            // and an answer to the completed report says that it is closed
            assertThat(kannel.send(phone, "BALAS " + trackingId + " masih ada lubang")
                            .text())
                    .startsWith("Laporan " + trackingId + " sudah selesai dan tidak dapat diubah lagi.");
        }

        @Test
        void objectsToTheFollowUpByTolakAndRefusesAnAcceptanceBeforeIt() {
            // given a report by SMS not yet answered
            var phone = newNumber();
            var trackingId = trackingId(kannel.send(phone, "LAPOR " + ROAD));

            // then it cannot be accepted yet
            assertThat(kannel.send(phone, "TERIMA " + trackingId + " 5").text())
                    .isEqualTo("TERIMA untuk laporan " + trackingId + " dapat dikirim setelah instansi"
                            + " menindaklanjutinya. Status sekarang: Belum diverifikasi.");

            // given a report with the health office's answer
            var answered = answeredHealthReport(phone, false);

            // when the reporter's number objects
            var reply = kannel.send(phone, "TOLAK " + answered + " puskesmas masih tutup jam 10 pagi");

            // then the objection goes back to the agency
            assertThat(reply.text()).startsWith("Sanggahan Anda untuk laporan " + answered + " sudah kami terima.");
            var view = view(answered, phone);
            assertThat(view.status()).isNotEqualTo(ComplaintStatus.FOLLOWED_UP);
            assertThat(FiledReports.texts(view.timeline(), TimelineEntryType.OBJECTED))
                    .containsExactly("puskesmas masih tutup jam 10 pagi");
        }

        @Test
        void stopsAndRestartsSmsUpdatesToTheNumber() {
            var phone = newNumber();

            var stopped = kannel.send(phone, "BERHENTI");
            assertThat(optOuts.isStopped(phone)).isTrue();
            var started = kannel.send(phone, "mulai");
            assertThat(optOuts.isStopped(phone)).isFalse();
            var stoppedInEnglish = kannel.send(phone, "STOP");

            assertThat(stopped.text()).startsWith("Anda tidak akan menerima SMS kabar laporan lagi.");
            assertThat(started.text()).startsWith("Anda akan menerima SMS kabar laporan Anda lagi.");
            assertThat(stoppedInEnglish.text()).startsWith("You will get no more SMS updates on your reports.");
            assertThat(optOuts.isStopped(phone)).isTrue();
        }

        @Test
        void answersHelpAndATextItDoesNotUnderstandWithTheKeywords() {
            var phone = newNumber();

            assertThat(kannel.send(phone, "BANTUAN").text()).startsWith("SMS 1708: LAPOR <isi laporan>");
            assertThat(kannel.send(phone, "halo").text())
                    .startsWith("Maaf, pesan Anda tidak kami kenali. SMS 1708: LAPOR <isi laporan>");
            assertThat(kannel.send(phone, "CEK").text()).startsWith("Tulis nomor laporan setelah CEK.");
        }
    }

    @Nested
    class Gateway {

        @Test
        void refusesCallsWithAWrongOrWithoutTheGatewaysSecret() {
            var phone = newNumber();

            var wrong = kannel.get(KannelSmsbox.query(
                            "not-the-secret", phone, UUID.randomUUID().toString()) + "&text="
                    + KannelSmsbox.words("LAPOR " + ROAD));
            var missing =
                    kannel.get(KannelSmsbox.query(null, phone, UUID.randomUUID().toString()) + "&text="
                            + KannelSmsbox.words("LAPOR " + ROAD));

            assertThat(wrong.status()).isEqualTo(401);
            assertThat(missing.status()).isEqualTo(401);
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where reporter_phone = ?", Integer.class, e164(phone)))
                    .isZero();
        }

        @Test
        void refusesACallWithoutSenderOrMessageIdNamingTheField() {
            var text = "&text=" + KannelSmsbox.words("LAPOR " + ROAD);

            var noSender = kannel.get(KannelSmsbox.query(KannelSmsbox.SECRET, null, "1") + text);
            var notANumber = kannel.get(KannelSmsbox.query(KannelSmsbox.SECRET, "Telkomsel", "2") + text);
            var noId = kannel.get(KannelSmsbox.query(KannelSmsbox.SECRET, newNumber(), null) + text);

            assertThat(List.of(noSender, notANumber, noId))
                    .extracting(KannelSmsbox.Reply::status, KannelSmsbox.Reply::contentType)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(400, "application/problem+json"));
            assertThat(noSender.text()).contains("\"field\":\"from\"", "%p");
            assertThat(notANumber.text()).contains("\"field\":\"from\"");
            assertThat(noId.text()).contains("\"field\":\"id\"", "%I");
        }
    }

    @Nested
    class Blocklist {

        @Test
        void letsAdministratorsBlockANumberWhoseSmsAreThenIgnored() {
            // given a national administrator
            var administrator = ApiClient.on(port).as("verifier", "demo");
            var phone = newNumber();

            // when they block the number
            var blocked = administrator.post(
                    "/api/sms/blocklist", Map.of("phone", phone, "reason", "Ratusan SMS iklan sehari"));

            // then the list shows it masked, with the reason and who blocked it
            assertThat(blocked.status()).isEqualTo(201);
            assertThat(blocked.json().get("phone").asText()).isEqualTo(PhoneNumbers.mask(phone));
            assertThat(blocked.json().get("blockedBy").asText()).isEqualTo("verifier");
            var list = administrator.get("/api/sms/blocklist");
            assertThat(list.json().findValuesAsText("phone")).contains(PhoneNumbers.mask(phone));
            assertThat(list.text()).doesNotContain(e164(phone).substring(3));

            // and the same number in another spelling is there already
            var twice = administrator.post(
                    "/api/sms/blocklist", Map.of("phone", e164(phone).replace("+62", "62 "), "reason", "Lagi"));
            assertThat(twice.status()).isEqualTo(409);

            // when the number sends a report
            var ignored = kannel.send(phone, "LAPOR " + ROAD);

            // then nothing is filed and nothing is sent back
            assertThat(ignored.status()).isEqualTo(200);
            assertThat(ignored.text()).isEmpty();
            assertThat(jdbc.queryForObject(
                            "select count(*) from complaint where reporter_phone = ?", Integer.class, e164(phone)))
                    .isZero();

            // when the administrator unblocks it
            var id = blocked.json().get("id").asLong();
            assertThat(administrator.delete("/api/sms/blocklist/" + id).status())
                    .isEqualTo(204);
            assertThat(administrator.delete("/api/sms/blocklist/" + id).status())
                    .isEqualTo(404);

            // then its SMS are handled again
            trackingId(kannel.send(phone, "LAPOR " + ROAD));
        }

        @Test
        void refusesANumberThatIsNoneAndABlockWithoutReasonNamingTheField() {
            var administrator = ApiClient.on(port).as("demo", "demo");

            var notANumber = administrator.post("/api/sms/blocklist", Map.of("phone", "iklan", "reason", "spam"));
            var noReason = administrator.post("/api/sms/blocklist", Map.of("phone", newNumber(), "reason", " "));

            assertThat(notANumber.status()).isEqualTo(400);
            assertThat(notANumber.json().at("/errors/0/field").asText()).isEqualTo("phone");
            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");
        }
    }

    /**
     * A complaint about a health centre in Musi Banyuasin that gave the number, routed to its health office, which
     * answered it at length.
     */
    private String answeredHealthReport(String phone, boolean confidential) {
        var trackingId = complaints
                .submit(TestReports.healthReport(new Reporter("Siti", null, phone), false, confidential))
                .trackingId();
        staff.verify(trackingId);
        staff.respond(
                "DINKES-MUBA",
                trackingId,
                "Kepala puskesmas ditegur, jam layanan kembali normal sejak Senin, dan petugas jaga pagi"
                        + " ditambah dua orang mulai bulan depan sesuai permintaan warga");
        return trackingId;
    }

    private ReporterComplaintView view(String trackingId, String phone) {
        return (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.phone(e164(phone)));
    }

    /** The reports by SMS in the statistics' {@code channels}. */
    private static long smsReports(JsonNode channels) {
        for (var row : channels) {
            if (row.get("code").asText().equals("SMS")) {
                return row.get("counts").get("received").asLong();
            }
        }
        throw new AssertionError("No count for SMS in " + channels);
    }

    /** The reports filed by SMS in a scrape of {@code /actuator/prometheus}. */
    private static long filedBySms(String scrape) {
        var series = "aduan_reports_filed_total{channel=\"sms\"} ";
        return scrape.lines()
                .filter(line -> line.startsWith(series))
                .map(line -> (long) Double.parseDouble(line.substring(series.length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + "is not in the scrape"));
    }

    private static String trackingId(KannelSmsbox.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var found = TRACKING_ID.matcher(reply.text());
        assertThat(found.find()).as("a tracking ID in %s", reply.text()).isTrue();
        return found.group();
    }

    private static String deadlineIn(KannelSmsbox.Reply reply) {
        var deadline = Pattern.compile("Batas waktu: (.+?)\\.").matcher(reply.text());
        assertThat(deadline.find()).as(reply.text()).isTrue();
        return deadline.group(1);
    }

    /** A number of this run in the national form people and some operators write: 0812…. */
    private static String newNumber() {
        return "0812" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
    }

    private static String e164(String phone) {
        return PhoneNumbers.e164(phone).orElseThrow();
    }
}
