package id.aduan.complaint;

import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report by SMS, which comes without title, category and region, on its way to the verifier: filed through
 * {@link ComplaintService} as the SMS door files it, shown everywhere without category and region.
 */
@AduanIntegrationTest
class SmsReportVerificationIT {

    private static final String TEXT =
            "Jembatan gantung di Desa Sungai Lilin putus sejak banjir minggu lalu, anak-anak tidak bisa ke sekolah";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void filesAReportBySmsWithoutTitleCategoryOrRegionAndHandsItToTheVerifier() {
        // when a text arrives from a phone
        var submitted = complaints.submit(smsReport("0812-3456-7890"));
        var trackingId = submitted.trackingId();

        // then it is filed with the text's first words as its title and the number in E.164
        assertThat(submitted.status()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(submitted.channel()).isEqualTo(Channel.SMS);
        var stored = jdbc.queryForMap(
                "select title, category_code, region_code, reporter_phone from complaint where tracking_id = ?",
                trackingId);
        assertThat(stored.get("title")).isEqualTo("Jembatan gantung di Desa Sungai Lilin putus sejak banjir…");
        assertThat(stored.get("category_code")).isNull();
        assertThat(stored.get("region_code")).isNull();
        assertThat(stored.get("reporter_phone")).isEqualTo("+6281234567890");

        // and the verifier's task says that category and region are to be set, and nothing of the reporter
        var verifier = api.as("verifier", "demo");
        var task = onlyTask(verifier, trackingId);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("UserTask_VerifyComplaint");
        var form = verifier.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables");
        assertThat(form.status()).isEqualTo(200);
        var variables = form.json();
        assertThat(variables.get("title").get("value").asText())
                .isEqualTo("Jembatan gantung di Desa Sungai Lilin putus sejak banjir…");
        assertThat(variables.get("categoryName").get("value").asText())
                .isEqualTo("belum ditentukan (set at verification)");
        assertThat(variables.get("regionName").get("value").asText())
                .isEqualTo("belum ditentukan (set at verification)");
        assertThat(variables.get("suggestedRouting").get("value").asText())
                .contains("kategori dan wilayah harus ditentukan dulu");
        assertThat(variables.get("channelText").get("value").asText()).isEqualTo("SMS 1708");
        assertThat(form.text()).doesNotContain("3456", "7890");

        // and the reporter's number sees the report without category and region
        var view = complaints.view(trackingId, ReporterCredential.phone("+6281234567890"));
        assertThat(view).isInstanceOf(ReporterComplaintView.class);
        assertThat(view.category()).isNull();
        assertThat(view.region()).isNull();
    }

    @Test
    void showsAReportWithoutCategoryOrRegionOnEveryPageFeedAndExport() {
        // given
        var trackingId = complaints.submit(smsReport("+62 813 1111 2222")).trackingId();

        // when
        var api = this.api.get("/api/complaints/" + trackingId);
        var page = this.api.get("/laporan/" + trackingId);
        var list = this.api.get("/laporan");
        var open311 = this.api.get("/open311/v2/requests/" + trackingId + ".json?extensions=true");
        var export = this.api.as("demo", "demo").get("/staff/reports.csv");

        // then
        assertThat(api.status()).as(api.text()).isEqualTo(200);
        assertThat(api.json().get("category").isNull()).isTrue();
        assertThat(api.json().get("region").isNull()).isTrue();
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("Jembatan gantung di Desa Sungai Lilin", "Belum ditentukan");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.text()).contains(trackingId);
        assertThat(open311.status()).as(open311.text()).isEqualTo(200);
        var request = open311.json().get(0);
        assertThat(request.get("service_request_id").asText()).isEqualTo(trackingId);
        assertThat(request.get("service_code").isNull()).isTrue();
        assertThat(request.get("extended_attributes").get("region").isNull()).isTrue();
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.text()).contains(trackingId + ",COMPLAINT,SMS 1708,SUBMITTED,,,,");
        assertThat(export.text()).doesNotContain("1111 2222", "11112222");
    }

    static NewComplaint smsReport(String phone) {
        return new NewComplaint(
                ReportType.COMPLAINT,
                null,
                TEXT,
                null,
                null,
                null,
                null,
                new Reporter(null, null, phone),
                false,
                false,
                Language.ID,
                Channel.SMS,
                null);
    }
}
