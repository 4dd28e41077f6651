package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.complaint.process.ComplaintHandlingProcess;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The handling side of two connected installations: another Aduan installation, connected here as an integration of
 * kind ADUAN_INSTALLATION, forwards reports with its key through the partner API, naming the agency it routed each to;
 * the report goes to that agency, straight or through verification as this installation's record of the other one
 * says. Every call is real HTTP to the application under test.
 */
@AduanIntegrationTest
class InstallationHandlingIT {

    static final String AGENCY = "DPUPR-MUBA";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private final WebhookReceiver receiver = new WebhookReceiver();
    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.on(port).as("demo", "demo");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aForwardedReportGoesStraightToTheAgencyNamedWhenTheInstallationsReportsSkipVerification() {
        // given another installation whose reports skip verification here
        var origin = connectInstallation(true, List.of());
        var reference = "ADU-ORIG-" + suffix();

        // when it forwards a report routed there to the public works office
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, AGENCY, false));

        // then the report is the agency's at once, without verification, under the origin's name and tracking ID
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        var report = jdbc.queryForMap(
                "select status, requested_agency_code, forwarded, verification_skipped, reporter_name"
                        + " from complaint where tracking_id = ?",
                trackingId);
        assertThat(report)
                .containsEntry("STATUS", "FORWARDED")
                .containsEntry("REQUESTED_AGENCY_CODE", AGENCY)
                .containsEntry("FORWARDED", true)
                .containsEntry("VERIFICATION_SKIPPED", true);
        assertThat(report.get("REPORTER_NAME")).isNull();
        assertThat(assignedAgencies(trackingId)).containsExactly(AGENCY);
        assertThat(taskKeys(trackingId)).doesNotContain(ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT);
        assertThat(officerTask(trackingId)).isNotNull();

        // and the origin reads the receipt first, then the routing, with its tracking ID on each event
        var timeline =
                origin.api().get(PartnerApiIT.REPORTS + "/" + trackingId).json().get("timeline");
        assertThat(timeline.get(0).get("text").asText())
                .isEqualTo("Diteruskan dari " + origin.name() + ", " + reference);
        var events = feed(origin.api());
        assertThat(events.stream().map(event -> event.get("type").asText()).toList())
                .startsWith("report.submitted", "report.routed");
        assertThat(events)
                .allSatisfy(event -> assertThat(
                                event.get("data").get("externalReference").asText())
                        .isEqualTo(reference));

        // and a retry gets the same report back
        var retry = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, AGENCY, false));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingId").asText()).isEqualTo(trackingId);
    }

    @Test
    void aForwardedReportIsVerifiedWithTheAgencyNamedPreselectedWhenTheInstallationsReportsDoNotSkipIt() {
        // given another installation whose reports are verified here
        var origin = connectInstallation(false, List.of());

        // when it forwards a report for the public works office
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded("ADU-ORIG-" + suffix(), AGENCY, false));

        // then it waits for verification, which the agency may do too, and goes to that agency when verified
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        assertThat(filed.json().get("status").asText()).isEqualTo("SUBMITTED");
        var verification = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskDefinitionKey(ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT)
                .taskCandidateGroup(AGENCY.toLowerCase(Locale.ROOT) + "-officers")
                .singleResult();
        assertThat(verification).isNotNull();
        new StaffDesk(tasks, identity).verify(trackingId);
        assertThat(assignedAgencies(trackingId)).containsExactly(AGENCY);
        assertThat(officerTask(trackingId)).isNotNull();
    }

    @Test
    void onlyAnotherInstallationNamesTheAgencyAndOnlyOneServedHere() {
        // given a regional app, an installation, and an agency that a third installation serves
        var regionalApp = ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key");
        var origin = connectInstallation(true, List.of());
        var servedElsewhere = addAgency();
        connectInstallation(false, List.of(servedElsewhere));
        var reference = "ADU-ORIG-" + suffix();

        // when they forward reports naming agencies
        var fromRegionalApp = regionalApp.post(PartnerApiIT.REPORTS, forwarded("SJM-" + suffix(), AGENCY, false));
        var unknown = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, "DINAS-TIDAK-ADA", false));
        var elsewhere = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, servedElsewhere, false));

        // then each is refused naming agencyCode, and nothing was filed
        assertThat(fromRegionalApp.status()).as(fromRegionalApp.text()).isEqualTo(400);
        assertThat(fields(fromRegionalApp)).containsExactly("agencyCode");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("agencyCode");
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(409);
        assertThat(fields(elsewhere)).containsExactly("agencyCode");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint where external_reference = ?", Integer.class, reference))
                .isZero();
    }

    /** Connects another installation, with its receiver (this test's) for the webhooks we send it. */
    private Installation connectInstallation(boolean skipVerification, List<String> servedAgencies) {
        var name = "Aduan Uji " + suffix();
        var details = new HashMap<String, Object>(PartnerApiIT.details(name, 600));
        details.put("kind", "ADUAN_INSTALLATION");
        details.put("callbackUrl", receiver.url());
        details.put(
                "installation",
                Map.of(
                        "url",
                        "http://127.0.0.1:" + port,
                        "apiKey",
                        "key-the-other-installation-issued-us",
                        "webhookSecret",
                        "whsec_" + Base64.getEncoder().encodeToString(new byte[24]),
                        "skipVerification",
                        skipVerification,
                        "servedAgencies",
                        servedAgencies));
        var created = administrator.post("/api/integrations", details);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        receiver.verifyWith(created.json().get("webhookSecret").asText());
        return new Installation(
                created.json().get("integration").get("id").asLong(),
                name,
                ApiClient.on(port)
                        .with(
                                "Authorization",
                                "Bearer " + created.json().get("apiKey").asText()));
    }

    /** A report as another installation forwards it: without its reporter, naming the agency it routed it to. */
    static Map<String, Object> forwarded(String reference, String agencyCode, boolean confidential) {
        return Map.of(
                "externalReference",
                reference,
                "agencyCode",
                agencyCode,
                "report",
                Map.of(
                        "type", "COMPLAINT",
                        "title", "Jalan rusak di Sekayu",
                        "description", "Jalan poros desa berlubang besar sejak tiga bulan.",
                        "categoryCode", "ROADS",
                        "regionCode", "16.06",
                        "anonymous", false,
                        "confidential", confidential));
    }

    private String addAgency() {
        var code = "BALAI-UJI-" + suffix();
        var added = administrator.post(
                "/api/agencies",
                Map.of("code", code, "name", "Balai Uji " + code, "level", "NATIONAL", "timeZone", "WIB"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return code;
    }

    private List<String> assignedAgencies(String trackingId) {
        return jdbc.queryForList(
                "select a.agency_code from complaint_assignment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ? order by a.id",
                String.class,
                trackingId);
    }

    private List<String> taskKeys(String trackingId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(trackingId).list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .toList();
    }

    /** The public works office's task on the report, as its officers see it. */
    private org.camunda.bpm.engine.task.Task officerTask(String trackingId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskCandidateGroup(AGENCY.toLowerCase(Locale.ROOT) + "-officers")
                .singleResult();
    }

    private List<JsonNode> feed(ApiClient partner) {
        var page = partner.get("/api/partner/v1/events?limit=1000");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        var events = new java.util.ArrayList<JsonNode>();
        page.json().get("events").forEach(events::add);
        return events;
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.json().findValuesAsText("field");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private record Installation(long id, String name, ApiClient api) {}
}
