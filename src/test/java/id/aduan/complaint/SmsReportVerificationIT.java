package id.aduan.complaint;

import static id.aduan.StaffTasks.contextText;
import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.category.CategoryDetails;
import id.aduan.category.CategoryService;
import id.aduan.deadline.Complexity;
import id.aduan.routing.RoutingBasis;
import id.aduan.routing.RoutingService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report by SMS, which comes without title, category and region: filed through {@link ComplaintService} as the SMS
 * door files it, shown everywhere without category and region, and verified through {@code /engine-rest} with the
 * title, category and region the verifier sets, as any report may be.
 */
@AduanIntegrationTest
class SmsReportVerificationIT {

    private static final String TEXT =
            "Jembatan gantung di Desa Sungai Lilin putus sejak banjir minggu lalu, anak-anak tidak bisa ke sekolah";

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoutingService routing;

    @Autowired
    CategoryService categories;

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
        var form = verifier.get(
                "/engine-rest/task/" + task.get("id").asText() + "/form-variables?deserializeValues=false");
        assertThat(form.status()).isEqualTo(200);
        var variables = form.json();
        assertThat(variables.get("title").get("value").asText())
                .isEqualTo("Jembatan gantung di Desa Sungai Lilin putus sejak banjir…");
        assertThat(contextText(variables, "categoryName")).isEqualTo("belum ditentukan (set at verification)");
        assertThat(contextText(variables, "regionName")).isEqualTo("belum ditentukan (set at verification)");
        assertThat(contextText(variables, "suggestedRouting")).contains("kategori dan wilayah harus ditentukan dulu");
        assertThat(contextText(variables, "channelText")).isEqualTo("SMS 1708");
        assertThat(form.text()).doesNotContain("3456", "7890");

        // and the reporter's number sees the report without category and region
        var view = complaints.view(trackingId, ReporterCredential.phone("+6281234567890"));
        assertThat(view).isInstanceOf(ReporterComplaintView.class);
        assertThat(view.category()).isNull();
        assertThat(view.region()).isNull();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void showsAReportWithoutCategoryOrRegionOnEveryPageFeedAndExport() {
        // given a report filed later than any other test's, so that it leads the public list
        EngineClock.now("2033-01-10T09:00");
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

    @Test
    void verifiesAReportBySmsWithTheTitleCategoryAndRegionTheVerifierSetsAndRoutesItByThem() throws Exception {
        // given a report by SMS, and the verifier's task, prefilled with what the report has and offering choices
        var trackingId = complaints.submit(smsReport("0813-5555-0001")).trackingId();
        var verifier = api.as("verifier", "demo");
        var task = onlyTask(verifier, trackingId).get("id").asText();
        // as Tasklist reads them for Camunda Forms
        var form = verifier.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                .json();
        assertThat(form.get("correctedTitle").get("value").asText())
                .isEqualTo("Jembatan gantung di Desa Sungai Lilin putus sejak banjir…");
        assertThat(form.get("correctedCategoryCode").get("value").isNull()).isTrue();
        assertThat(form.get("categoryChoices").get("type").asText()).isEqualTo("Json");
        assertThat(JSON.readTree(form.get("categoryChoices").get("value").asText()))
                .contains(choice("Infrastruktur › Jalan dan jembatan (ROADS)", "ROADS"));
        assertThat(JSON.readTree(form.get("regionChoices").get("value").asText()))
                .contains(choice("Sumatera Selatan › Kabupaten Musi Banyuasin (16.06)", "16.06"));

        // when the verifier verifies it with a category, a region and a better title
        verify(
                verifier,
                task,
                Map.of(
                        "correctedTitle", "Jembatan gantung Sungai Lilin putus",
                        "correctedCategoryCode", "ROADS",
                        "correctedRegionCode", "16.06"));

        // then it goes where the routing rules send roads in Musi Banyuasin, and that agency has the task
        var rules = routing.preview("ROADS", "16.06", null);
        assertThat(rules.basis()).isEqualTo(RoutingBasis.ROUTING_RULES);
        assertThat(assignedAgencies(trackingId)).isEqualTo(rules.agencyCodes()).containsExactly("DPUPR-MUBA");
        assertThat(onlyTask(api.as("dpupr-muba-officer", "demo"), trackingId)
                        .get("taskDefinitionKey")
                        .asText())
                .isEqualTo("UserTask_FollowUpComplaint");

        // and the reporter reads what was set, and the report shows it
        var view = (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.phone("+6281355550001"));
        assertThat(view.title()).isEqualTo("Jembatan gantung Sungai Lilin putus");
        assertThat(view.category()).isEqualTo(new NamedCode("ROADS", "Jalan dan jembatan"));
        assertThat(view.region()).isEqualTo(new NamedCode("16.06", "Kabupaten Musi Banyuasin"));
        assertThat(changes(view.timeline()))
                .containsExactly(
                        "Judul diubah: Jembatan gantung di Desa Sungai Lilin putus sejak banjir…"
                                + " → Jembatan gantung Sungai Lilin putus",
                        "Kategori diubah: belum ditentukan → Jalan dan jembatan",
                        "Wilayah diubah: belum ditentukan → Kabupaten Musi Banyuasin");
        // and the public sees the report as it is now, without the history of the corrections
        var publicView = this.api.get("/api/complaints/" + trackingId).json();
        assertThat(publicView.get("category").get("code").asText()).isEqualTo("ROADS");
        assertThat(publicView.get("timeline").findValuesAsText("type")).doesNotContain("CATEGORY_CHANGED");
    }

    @Test
    void offersTheVerifierACategoryAddedOrRenamedSinceTheLastReport() throws Exception {
        // given a verification task, whose choices are kept for the next reports
        assertThat(categoryChoices(
                        complaints.submit(smsReport("0813-5555-0011")).trackingId()))
                .doesNotContain(choice("Perhubungan › Penyeberangan (FERRIES)", "FERRIES"));

        // when an administrator adds a category
        categories.create("FERRIES", new CategoryDetails("Penyeberangan", "Ferries", "TRANSPORT", Complexity.SIMPLE));

        // then the next report's verifier may choose it
        assertThat(categoryChoices(
                        complaints.submit(smsReport("0813-5555-0012")).trackingId()))
                .contains(choice("Perhubungan › Penyeberangan (FERRIES)", "FERRIES"));

        // and when the administrator renames it, the next one sees the new name
        categories.update(
                "FERRIES", new CategoryDetails("Kapal penyeberangan", "Ferries", "TRANSPORT", Complexity.SIMPLE));
        assertThat(categoryChoices(
                        complaints.submit(smsReport("0813-5555-0013")).trackingId()))
                .contains(choice("Perhubungan › Kapal penyeberangan (FERRIES)", "FERRIES"))
                .doesNotContain(choice("Perhubungan › Penyeberangan (FERRIES)", "FERRIES"));
    }

    private JsonNode categoryChoices(String trackingId) throws Exception {
        var verifier = api.as("verifier", "demo");
        var task = onlyTask(verifier, trackingId).get("id").asText();
        var form = verifier.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                .json();
        return JSON.readTree(form.get("categoryChoices").get("value").asText());
    }

    @Test
    void correctsTheCategoryAndRegionOfAReportFiledOnTheWebTheSameWay() {
        // given a complaint filed as a road in Musi Banyuasin, which is about a health centre in Ogan Komering Ilir
        var submitted = api.post("/api/complaints", TestReports.roadComplaint()).json();
        var trackingId = submitted.get("trackingId").asText();
        var verifier = api.as("verifier", "demo");

        // when the verifier corrects them, keeping the prefilled title
        verify(
                verifier,
                onlyTask(verifier, trackingId).get("id").asText(),
                Map.of(
                        "correctedTitle", "Jalan rusak di Sekayu",
                        "correctedCategoryCode", "HEALTH_FACILITY",
                        "correctedRegionCode", "16.02"));

        // then the rules for the corrected category and region route it, and the timeline says what changed
        assertThat(assignedAgencies(trackingId))
                .isEqualTo(routing.preview("HEALTH_FACILITY", "16.02", null).agencyCodes())
                .containsExactly("DINKES-OKI");
        var view = api.with("X-Access-Token", submitted.get("accessToken").asText())
                .get("/api/complaints/" + trackingId)
                .json();
        assertThat(view.get("region").get("name").asText()).isEqualTo("Kabupaten Ogan Komering Ilir");
        assertThat(view.get("timeline").findValuesAsText("label"))
                .contains("Kategori diubah", "Wilayah diubah")
                .doesNotContain("Judul diubah");
        assertThat(view.get("timeline").findValuesAsText("text"))
                .contains(
                        "Jalan dan jembatan → Pelayanan puskesmas dan rumah sakit",
                        "Kabupaten Musi Banyuasin → Kabupaten Ogan Komering Ilir");
    }

    @Test
    void keepsTheVerificationOpenNamingTheFieldWhenTheCategoryIsUnknownOrMissing() {
        // given
        var trackingId = complaints.submit(smsReport("0813-5555-0002")).trackingId();
        var verifier = api.as("verifier", "demo");
        var task = onlyTask(verifier, trackingId).get("id").asText();

        // when the verifier sends a category that does not exist
        var unknown = verifier.post(
                "/engine-rest/task/" + task + "/complete",
                StaffTasks.completion(verification(Map.of(
                        "correctedCategoryCode", "WEATHER",
                        "correctedRegionCode", "16.06"))));
        // or none at all
        var missing = verifier.post(
                "/engine-rest/task/" + task + "/complete",
                StaffTasks.completion(verification(Map.of("correctedRegionCode", "16.06"))));

        // then
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText())
                .contains("correctedCategoryCode is not a known category; GET /api/categories lists the valid codes");
        assertThat(missing.status()).as(missing.text()).isEqualTo(400);
        assertThat(missing.json().get("message").asText())
                .contains("correctedCategoryCode is required: the report has no category yet");
        assertThat(onlyTask(verifier, trackingId).get("id").asText()).isEqualTo(task);
        assertThat(jdbc.queryForObject(
                        "select category_code from complaint where tracking_id = ?", String.class, trackingId))
                .isNull();
    }

    private static void verify(ApiClient verifier, String task, Map<String, String> corrections) {
        var completed = verifier.post(
                "/engine-rest/task/" + task + "/complete", StaffTasks.completion(verification(corrections)));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    }

    /** The verification form's values to verify and route by the rules, with these corrections. */
    private static Map<String, String> verification(Map<String, String> corrections) {
        var values = new HashMap<>(corrections);
        values.put("verificationDecision", "VERIFY");
        values.put("complexity", "FIELD_INSPECTION");
        values.put("agencyCode", "");
        return values;
    }

    private List<String> assignedAgencies(String trackingId) {
        return jdbc.queryForList(
                "select a.agency_code from complaint_assignment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ? order by a.id",
                String.class,
                trackingId);
    }

    private static JsonNode choice(String label, String value) {
        return JSON.createObjectNode().put("label", label).put("value", value);
    }

    private static List<String> changes(List<TimelineEntryView> timeline) {
        return timeline.stream()
                .filter(entry -> entry.type().name().endsWith("_CHANGED"))
                .map(entry -> entry.label() + ": " + entry.text())
                .toList();
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
