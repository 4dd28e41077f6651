package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.FiledByIntegration;
import id.aduan.complaint.ReportRequest;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.TestReports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partner systems file with their keys, get the first report back on every retry, and act only on their reports. */
@AduanIntegrationTest
class PartnerApiIT {

    static final String REPORTS = "/api/partner/v1/reports";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintService complaints;

    @Autowired
    IntegrationService integrations;

    private ApiClient senjangMuba;
    private ApiClient rabeg;
    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        senjangMuba = ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key");
        rabeg = ApiClient.on(port).with("Authorization", "Bearer demo-rabeg-key");
        administrator = ApiClient.on(port).as("demo", "demo");
    }

    @Test
    void filesAReportThatRemembersThePartnerAsItsChannel() {
        // when
        var filed = senjangMuba.post(REPORTS, partnerReport("SJM-" + UUID.randomUUID()));

        // then
        assertThat(filed.status()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        assertThat(filed.json().get("accessToken").asText()).hasSizeGreaterThan(40);
        assertThat(filed.json().get("verificationDue").asText()).isNotBlank();
        assertThat(filed.json().get("channelName").asText()).isEqualTo("Senjang Muba");
        assertThat(filed.header("Location")).isEqualTo(REPORTS + "/" + trackingId);
        var seen = senjangMuba.get(REPORTS + "/" + trackingId).json();
        assertThat(seen.get("reporter").get("name").asText()).isEqualTo("Siti Aminah");
        assertThat(seen.get("timeline").get(0).get("text").asText()).isEqualTo("Diterima melalui Senjang Muba");
        assertThat(jdbc.queryForObject("select channel from complaint where tracking_id = ?", String.class, trackingId))
                .isEqualTo("INTEGRATION");
    }

    @Test
    void filesTheReportersChoiceOfSmsWhichNeedsTheirPhone() {
        // given a reporter who gave an address and a phone and chose SMS, and one who chose SMS without a phone
        var withPhone = TestReports.roadComplaint();
        withPhone.put(
                "reporter",
                Map.of(
                        "name",
                        "Siti Aminah",
                        "email",
                        "siti@example.org",
                        "phone",
                        "+62 812 3456 7890",
                        "smsUpdates",
                        true));
        var withoutPhone = TestReports.roadComplaint();
        withoutPhone.put("reporter", Map.of("name", "Siti Aminah", "email", "siti@example.org", "smsUpdates", true));

        // when the partner files both
        var filed = senjangMuba.post(REPORTS, partnerReport("SJM-" + UUID.randomUUID(), withPhone));
        var refused = senjangMuba.post(REPORTS, partnerReport("SJM-" + UUID.randomUUID(), withoutPhone));

        // then the first keeps the choice, the second is refused naming the field
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select reporter_sms_updates from complaint where tracking_id = ?",
                        Boolean.class,
                        filed.json().get("trackingId").asText()))
                .isTrue();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).containsExactly("report.reporter.smsUpdates");
    }

    @Test
    void tenIdenticalRequestsAtTheSameMomentFileOneReport() throws Exception {
        assertTenIdenticalRequestsFileOneReport(senjangMuba, jdbc);
    }

    /** Ten threads send the same partner report at one moment: one is filed (201), the others get it back (200). */
    static void assertTenIdenticalRequestsFileOneReport(ApiClient partner, JdbcTemplate jdbc) throws Exception {
        // given
        var reference = "SJM-" + UUID.randomUUID();
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<ApiClient.Response>>();

        // when
        var threads = Executors.newFixedThreadPool(10);
        for (var i = 0; i < 10; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return partner.post(REPORTS, partnerReport(reference));
            }));
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        // then
        var trackingIds = new ArrayList<String>();
        var statuses = new ArrayList<Integer>();
        for (var answer : answers) {
            statuses.add(answer.get().status());
            trackingIds.add(answer.get().json().get("trackingId").asText());
        }
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(trackingIds).containsOnly(trackingIds.get(0));
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint where external_reference = ?", Integer.class, reference))
                .isEqualTo(1);
    }

    @Test
    void aReportFiledWhoseAnswerNeverReachedThePartnerIsWhatItsRetryGets() {
        // given a report that was filed and committed, but whose answer was lost (the node died before answering)
        var reference = "SJM-" + UUID.randomUUID();
        var senjang = integrations.list().stream()
                .filter(partner -> partner.name().equals("Senjang Muba"))
                .findFirst()
                .orElseThrow();
        var report = new ReportRequest(
                ReportType.COMPLAINT,
                "Jalan rusak di Sekayu",
                "Jalan poros desa berlubang besar sejak tiga bulan.",
                "ROADS",
                "16.06",
                null,
                null,
                new ReportRequest.ReporterRequest("Siti Aminah", null, "+62 812 3456 7890", null),
                false,
                false,
                null);
        var filed = complaints.submit(
                report.toNewComplaint(new FiledByIntegration(senjang.id(), senjang.name(), reference, null)));

        // when the partner sends its request again
        var retry = senjangMuba.post(REPORTS, partnerReport(reference));

        // then it gets that report, and no second one exists
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingId").asText()).isEqualTo(filed.trackingId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint where external_reference = ?", Integer.class, reference))
                .isEqualTo(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstReport() {
        // given
        var key = UUID.randomUUID().toString();
        var first = senjangMuba.with("Idempotency-Key", key).post(REPORTS, partnerReport("SJM-" + UUID.randomUUID()));

        // when
        var retry = senjangMuba.with("Idempotency-Key", key).post(REPORTS, partnerReport("SJM-" + UUID.randomUUID()));

        // then
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingId").asText())
                .isEqualTo(first.json().get("trackingId").asText());
        var token = retry.json().get("accessToken").asText();
        assertThat(ApiClient.on(port)
                        .with("X-Access-Token", token)
                        .get("/api/complaints/" + first.json().get("trackingId").asText())
                        .json()
                        .has("reporter"))
                .isTrue();
    }

    @Test
    void aMessageSentAgainUnderItsIdempotencyKeyIsPostedOnce() {
        // given a report the partner filed
        var filed = senjangMuba.post(REPORTS, partnerReport("SJM-" + UUID.randomUUID()));
        var messages = REPORTS + "/" + filed.json().get("trackingId").asText() + "/messages";
        var once = senjangMuba.with("Idempotency-Key", "pesan-" + UUID.randomUUID());
        var message = Map.of("message", "Lubangnya di depan SD Negeri 2.");

        // when the partner sends its reporter's message twice under one key (it did not hear the first answer)
        var first = once.post(messages, message);
        var again = once.post(messages, message);
        // and once under a key longer than Aduan keeps
        var tooLong = senjangMuba.with("Idempotency-Key", "k".repeat(101)).post(messages, message);

        // then the report shows the message once, and the long key is refused naming it
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("timeline").findValuesAsText("label")).containsOnlyOnce("Pesan dari pelapor");
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
        assertThat(tooLong.text()).contains("idempotencyKey");
    }

    @Test
    void anotherPartnerSeesOnlyThePublicViewAndCannotActForTheReporter() {
        // given
        var trackingId = senjangMuba
                .post(REPORTS, partnerReport("SJM-" + UUID.randomUUID()))
                .json()
                .get("trackingId")
                .asText();

        // when
        var seen = rabeg.get(REPORTS + "/" + trackingId);
        var message = rabeg.post(REPORTS + "/" + trackingId + "/messages", Map.of("message", "Sudah diperbaiki?"));

        // then
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().has("reporter")).isFalse();
        assertThat(message.status()).isEqualTo(404);
        assertThat(senjangMuba
                        .post(REPORTS + "/" + trackingId + "/messages", Map.of("message", "Tambahan: dekat pasar."))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aConfidentialReportOfAnotherPartnerIsNotFound() {
        // given
        var report = partnerReport("SJM-" + UUID.randomUUID());
        report.report().put("confidential", true);
        var trackingId =
                senjangMuba.post(REPORTS, report).json().get("trackingId").asText();

        // then
        assertThat(rabeg.get(REPORTS + "/" + trackingId).status()).isEqualTo(404);
        assertThat(senjangMuba.get(REPORTS + "/" + trackingId).status()).isEqualTo(200);
    }

    @Test
    void refusesRequestsWithoutAWorkingKey() {
        var none = ApiClient.on(port).post(REPORTS, partnerReport("X-1"));
        var wrong =
                ApiClient.on(port).with("Authorization", "Bearer aduan_wrong").post(REPORTS, partnerReport("X-2"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("title").asText()).isEqualTo("API key required");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("title").asText()).isEqualTo("Unknown API key");
    }

    @Test
    void aRotatedKeyWorksForItsGracePeriodAndARevokedOneNotAtAll() {
        // given
        var created = administrator.post("/api/integrations", details("Lapor Sumsel " + UUID.randomUUID(), 60));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("integration").get("id").asLong();
        var firstKey = created.json().get("apiKey").asText();

        // when
        var rotated = administrator.post("/api/integrations/" + id + "/keys", Map.of("graceHours", 1));
        var secondKey = rotated.json().get("apiKey").asText();

        // then
        assertThat(asPartner(firstKey).get(REPORTS + "/ADU-0000-0000").status()).isEqualTo(404);
        assertThat(asPartner(secondKey).get(REPORTS + "/ADU-0000-0000").status())
                .isEqualTo(404);
        var firstKeyId =
                rotated.json().get("integration").get("keys").get(0).get("id").asLong();
        var revoked = administrator.delete("/api/integrations/" + id + "/keys/" + firstKeyId);
        assertThat(revoked.json().get("keys").get(0).get("valid").asBoolean()).isFalse();
        var refused = asPartner(firstKey).get(REPORTS + "/ADU-0000-0000");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("title").asText()).isEqualTo("API key no longer valid");
        assertThat(administrator.get("/api/integrations/" + id).text()).doesNotContain(secondKey);
    }

    @Test
    void aPartnerOverItsQuotaIsToldWhenToRetry() {
        // given
        var created = administrator.post("/api/integrations", details("Kuota Uji " + UUID.randomUUID(), 2));
        var partner = asPartner(created.json().get("apiKey").asText());
        partner.get(REPORTS + "/ADU-0000-0000");
        partner.get(REPORTS + "/ADU-0000-0000");

        // when
        var third = partner.get(REPORTS + "/ADU-0000-0000");

        // then
        assertThat(third.status()).isEqualTo(429);
        assertThat(Integer.parseInt(third.header("Retry-After"))).isPositive();
        assertThat(third.json().get("title").asText()).isEqualTo("Quota exceeded");
    }

    @Test
    void aRetryGetsItsReportEvenWhenThePartnerHasNoReportsLeftThisHour() {
        // given a partner that may file one report an hour, and has filed it
        var details = details("Kuota Laporan " + UUID.randomUUID(), 60);
        details.put("reportsPerHour", 1);
        var partner = asPartner(administrator
                .post("/api/integrations", details)
                .json()
                .get("apiKey")
                .asText());
        var reference = "KL-" + UUID.randomUUID();
        var first = partner.post(REPORTS, partnerReport(reference));

        // when it files another one, and retries the first
        var another = partner.post(REPORTS, partnerReport("KL-" + UUID.randomUUID()));
        var retry = partner.post(REPORTS, partnerReport(reference));

        // then the new one waits for the quota, the retry gets its report
        assertThat(first.status()).isEqualTo(201);
        assertThat(another.status()).isEqualTo(429);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingId").asText())
                .isEqualTo(first.json().get("trackingId").asText());
    }

    @Test
    void aNewWebhookSecretIsShownOnceAndNeverAgain() {
        var created = administrator.post("/api/integrations", details("Rahasia Uji " + UUID.randomUUID(), 60));
        var id = created.json().get("integration").get("id").asLong();

        var replaced = administrator.post("/api/integrations/" + id + "/webhook-secret", Map.of());

        var secret = replaced.json().get("webhookSecret").asText();
        assertThat(secret)
                .startsWith("whsec_")
                .isNotEqualTo(created.json().get("webhookSecret").asText());
        assertThat(administrator.get("/api/integrations/" + id).text()).doesNotContain(secret);
    }

    @Test
    void namesTheFieldOfABadReportOrReference() {
        var withoutReference = senjangMuba.post(REPORTS, Map.of("report", TestReports.roadComplaint()));
        var badCategory = senjangMuba.post(
                REPORTS, partnerReport("SJM-" + UUID.randomUUID(), TestReports.roadComplaintWith("categoryCode", "X")));

        assertThat(withoutReference.status()).isEqualTo(400);
        assertThat(withoutReference.json().get("errors").get(0).get("field").asText())
                .isEqualTo("externalReference");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().get("errors").get(0).get("field").asText())
                .isEqualTo("report.categoryCode");
        var shortTitle = senjangMuba.post(
                REPORTS, partnerReport("SJM-" + UUID.randomUUID(), TestReports.roadComplaintWith("title", "Jal")));
        assertThat(shortTitle.json().get("errors").get(0).get("field").asText()).isEqualTo("report.title");
        var longKey = senjangMuba.with("Idempotency-Key", "k".repeat(101)).post(REPORTS, partnerReport("X-3"));
        assertThat(longKey.status()).isEqualTo(400);
        assertThat(longKey.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void refusesCallbackUrlsThatAreNotHttpOrPointAtAdministrativeEndpoints() {
        var ftp = details("Callback Uji " + UUID.randomUUID(), 60);
        ftp.put("callbackUrl", "ftp://example.org/hooks");
        var engine = details("Callback Uji " + UUID.randomUUID(), 60);
        engine.put("callbackUrl", "http://localhost:" + port + "/engine-rest/process-definition");

        for (var refused : List.of(ftp, engine)) {
            var answer = administrator.post("/api/integrations", refused);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("callbackUrl");
        }
    }

    @Test
    void onlyAdministratorsManagePartnerSystems() {
        assertThat(ApiClient.on(port).get("/api/integrations").status()).isEqualTo(401);
        assertThat(ApiClient.on(port)
                        .as("dinkes-muba-officer", "demo")
                        .get("/api/integrations")
                        .status())
                .isEqualTo(403);
        assertThat(administrator.get("/api/integrations").json().findValuesAsText("name"))
                .contains("Senjang Muba", "SAPA Muba", "RABEG");
    }

    private ApiClient asPartner(String key) {
        return ApiClient.on(port).with("Authorization", "Bearer " + key);
    }

    static PartnerReport partnerReport(String reference) {
        var report = TestReports.roadComplaint();
        report.put("reporter", Map.of("name", "Siti Aminah", "phone", "+62 812 3456 7890"));
        return partnerReport(reference, report);
    }

    static PartnerReport partnerReport(String reference, Map<String, Object> report) {
        return new PartnerReport(reference, report);
    }

    static Map<String, Object> details(String name, int requestsPerMinute) {
        var details = new LinkedHashMap<String, Object>();
        details.put("name", name);
        details.put("kind", "REGIONAL_APP");
        details.put("regionCode", "16");
        details.put("contact", "integrasi@sumselprov.example");
        details.put("status", "ACTIVE");
        details.put("reportsPerHour", 100);
        details.put("requestsPerMinute", requestsPerMinute);
        return details;
    }

    record PartnerReport(String externalReference, Map<String, Object> report) {}
}
