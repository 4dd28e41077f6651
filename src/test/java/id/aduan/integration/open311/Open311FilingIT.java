package id.aduan.integration.open311;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.complaint.ComplaintLimits;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.ReporterCredential;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationStatus;
import id.aduan.integration.IssuedCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open311's writing methods with a partner's {@code api_key}: {@code POST requests} as FixMyStreet sends it, and
 * mySociety's {@code servicerequestupdates} for the reports the partner filed; in XML and JSON, with their errors.
 */
@AduanIntegrationTest
class Open311FilingIT {

    private static final String TRACKING_ID = ComplaintLimits.TRACKING_ID_PATTERN;

    @LocalServerPort
    int port;

    @Autowired
    IntegrationService integrations;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private Open311Client open311;
    private StaffDesk staff;
    private String apiKey;
    private String partnerName;
    private long partnerId;

    @BeforeEach
    void setUp() {
        open311 = new Open311Client(ApiClient.on(port));
        staff = new StaffDesk(tasks, identity);
        var partner = partner(1000);
        apiKey = partner.apiKey();
        partnerName = partner.integration().name();
        partnerId = partner.integration().id();
    }

    @Test
    void filesAFixMyStreetReportAndAnswersItsTrackingId() {
        // when
        var xml = open311.postXml("requests.xml", fixMyStreetReport(apiKey), 200);

        // then
        var trackingId = xml.value("/service_requests/request/service_request_id");
        assertThat(trackingId).matches(TRACKING_ID);
        var request = open311.json("requests/" + trackingId + ".json?extensions=true", 200)
                .get(0);
        assertThat(request.get("title").asText()).isEqualTo("Lampu jalan padam di Jalan Sudirman");
        assertThat(request.get("description").asText())
                .isEqualTo("Lampu jalan padam di Jalan Sudirman\n\nSudah seminggu gelap di malam hari.\n\n"
                        + "http://fms.example.org/report/4242\n\nFoto: http://fms.example.org/photo/4242.0.full.jpeg");
        assertThat(request.get("service_code").asText()).isEqualTo("ELECTRICITY");
        assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("-2.976");
        assertThat(request.get("long").decimalValue()).isEqualByComparingTo("104.775");
        assertThat(request.at("/extended_attributes/region").asText()).isEqualTo("16.71");
        assertThat(request.at("/extended_attributes/report_type").asText()).isEqualTo("COMPLAINT");
        assertThat(request.at("/notes/0/description").asText()).isEqualTo("Diterima melalui " + partnerName);
        assertThat(request.toString()).doesNotContain("Ann", "ann@example.org");
        var reporter = (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.integration(partnerId));
        assertThat(reporter.reporter().name()).isEqualTo("Ann Example");
        assertThat(reporter.reporter().email()).isEqualTo("ann@example.org");
    }

    @Test
    void filesAnAnonymousAspirationByAddressInJson() {
        // given
        var form = List.of(
                entry("api_key", apiKey),
                entry("service_code", "EDUCATION"),
                entry("description", "Mohon perpustakaan sekolah dibuka sampai sore."),
                entry("address_string", "SDN 1 Sekayu"),
                entry("attribute[region]", "16.06"),
                entry("attribute[report_type]", "aspiration"),
                entry("attribute[anonymous]", "true"),
                entry("attribute[title]", "Perpustakaan sekolah"));

        // when
        var json = open311.postJson("requests.json", form, 200);

        // then
        assertThat(json.isArray()).isTrue();
        var trackingId = json.at("/0/service_request_id").asText();
        assertThat(trackingId).matches(TRACKING_ID);
        var request = open311.xml("requests/" + trackingId + ".xml?extensions=true", 200);
        assertThat(request.value("//request/title")).isEqualTo("Perpustakaan sekolah");
        assertThat(request.value("//request/address")).isEqualTo("SDN 1 Sekayu");
        assertThat(request.value("//request/lat")).isEmpty();
        assertThat(request.value("//extended_attributes/report_type")).isEqualTo("ASPIRATION");
    }

    @Test
    void givesTheFirstReportBackWhenFixMyStreetSendsItsReportAgain() {
        var form = new ArrayList<>(fixMyStreetReport(apiKey));
        form.add(entry("attribute[fixmystreet_id]", "fms-" + UUID.randomUUID()));
        var reports = count();

        var first = open311.postXml("requests.xml", form, 200).value("//service_request_id");
        var again = open311.postXml("requests.xml", form, 200).value("//service_request_id");

        assertThat(again).isEqualTo(first);
        assertThat(count()).isEqualTo(reports + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void refusesAMissingOrUnknownKeyWith403(String format) {
        var reports = count();

        assertError(post("requests." + format, without(fixMyStreetReport(apiKey), "api_key")), format, 403, "api_key");
        assertError(post("requests." + format, fixMyStreetReport("aduan_not-a-key")), format, 403, "api_key");
        assertError(
                post("servicerequestupdates." + format, update("aduan_not-a-key", "ADU-0000-0000")),
                format,
                403,
                "api_key");
        assertError(
                open311.get("servicerequestupdates." + format + "?api_key=aduan_not-a-key"), format, 403, "api_key");
        assertThat(count()).isEqualTo(reports);
    }

    @Test
    void refusesTheKeyOfASuspendedPartnerWith403() {
        var suspended = partner(10);
        var view = suspended.integration();
        integrations.update(
                view.id(),
                new IntegrationDetails(
                        view.name(),
                        IntegrationKind.OPEN311_CLIENT,
                        null,
                        null,
                        "fms@example.org",
                        IntegrationStatus.SUSPENDED,
                        null,
                        10,
                        600,
                        null));

        assertError(post("requests.xml", fixMyStreetReport(suspended.apiKey())), "xml", 403, "suspended");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "attribute[region], '', 400, attribute[region]",
        "attribute[region], 99.99, 400, attribute[region]",
        "service_code, '', 400, service_code",
        "service_code, WEATHER, 404, WEATHER",
        "lat, 51.5007, 400, lat",
        "lat, north, 400, lat",
        "description, '', 400, description",
        "email, not-an-address, 400, email",
        "attribute[report_type], PRAISE, 400, attribute[report_type]",
        "attribute[confidential], perhaps, 400, attribute[confidential]"
    })
    void refusesABadRequestNamingItsParameterAndStoresNothing(
            String parameter, String value, int status, String named) {
        var form = new ArrayList<>(without(fixMyStreetReport(apiKey), parameter));
        form.add(entry(parameter, value));
        var reports = count();

        assertError(post("requests.xml", form), "xml", status, named);
        assertError(post("requests.json", form), "json", status, named);
        assertThat(count()).isEqualTo(reports);
    }

    @Test
    void refusesARequestWithoutLocation() {
        var form = without(without(fixMyStreetReport(apiKey), "lat"), "long");

        assertError(post("requests.json", form), "json", 400, "location");
    }

    @Test
    void answersAPartnerOverItsQuotaWith429AndWhenToRetry() {
        var oneAnHour = partner(1).apiKey();
        open311.postXml("requests.xml", fixMyStreetReport(oneAnHour), 200);

        var refused = post("requests.xml", fixMyStreetReport(oneAnHour));

        assertError(refused, "xml", 429, "reports an hour");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void postsTheReportersUpdateOnAReportThePartnerFiledOnceHoweverOftenItIsSent() {
        // given
        var trackingId =
                open311.postXml("requests.xml", fixMyStreetReport(apiKey), 200).value("//service_request_id");

        // when it is sent, and sent again with the same update_id (as FixMyStreet resends)
        var xml = open311.postXml("servicerequestupdates.xml", update(apiKey, trackingId), 200);
        var json = open311.postJson("servicerequestupdates.json", update(apiKey, trackingId), 200);

        // then
        assertThat(xml.value("/service_request_updates/request_update/update_id"))
                .isEqualTo(trackingId + "-777");
        assertThat(json.at("/0/update_id").asText()).isEqualTo(trackingId + "-777");
        var reporter = (ReporterComplaintView) complaints.view(trackingId, ReporterCredential.integration(partnerId));
        assertThat(reporter.timeline())
                .filteredOn(entry -> entry.type() == TimelineEntryType.REPORTER_MESSAGE)
                .extracting(entry -> entry.text())
                .containsExactly("Masih gelap.\nTolong segera.");
    }

    @Test
    void refusesUpdatesOnReportsOfOthersWith404() {
        // given
        var ofAnotherPartner = open311.postXml(
                        "requests.xml", fixMyStreetReport(partner(10).apiKey()), 200)
                .value("//service_request_id");

        // then
        assertError(
                post("servicerequestupdates.xml", update(apiKey, ofAnotherPartner)), "xml", 404, "service_request_id");
        assertError(
                post("servicerequestupdates.json", update(apiKey, "ADU-0000-0000")), "json", 404, "service_request_id");
        var withoutText = without(update(apiKey, ofAnotherPartner), "description");
        assertError(post("servicerequestupdates.json", withoutText), "json", 400, "description");
    }

    @Test
    void tellsThePartnerWhatItsReportersAreAskedAndNoOneElse() {
        // given
        var trackingId =
                open311.postXml("requests.xml", fixMyStreetReport(apiKey), 200).value("//service_request_id");
        staff.defer(trackingId, "Di tiang nomor berapa lampunya?");
        var today = "servicerequestupdates.xml?start_date=" + Instant.now().minus(Duration.ofHours(1));

        // when
        var partners = open311.xml(today + "&api_key=" + apiKey, 200);
        var anyone = open311.xml(today, 200);

        // then
        var deferral = "//request_update[service_request_id='" + trackingId + "' and status='investigating']";
        assertThat(partners.value(deferral + "/description"))
                .isEqualTo("Laporan ditunda: pelapor diminta melengkapi: Di tiang nomor berapa lampunya?");
        assertThat(anyone.count(deferral)).isZero();
        assertThat(anyone.values("//request_update[service_request_id='" + trackingId + "']/status"))
                .containsExactly("open");
    }

    private ApiClient.Response post(String path, List<Map.Entry<String, String>> form) {
        return open311.post(path, form);
    }

    /** A report as FixMyStreet's Open311 client sends it, with its title on the description's first line. */
    private static List<Map.Entry<String, String>> fixMyStreetReport(String apiKey) {
        return List.of(
                entry("api_key", apiKey),
                entry("jurisdiction_id", "aduan"),
                entry("service_code", "ELECTRICITY"),
                entry(
                        "description",
                        "Lampu jalan padam di Jalan Sudirman\r\n\r\nSudah seminggu gelap di malam hari.\r\n\r\n"
                                + "http://fms.example.org/report/4242\r\n"),
                entry("first_name", "Ann"),
                entry("last_name", "Example"),
                entry("email", "ann@example.org"),
                entry("lat", "-2.976"),
                entry("long", "104.775"),
                entry("media_url", "http://fms.example.org/photo/4242.0.full.jpeg"),
                entry("attribute[region]", "16.71"),
                entry("attribute[hazards]", "kerb"),
                entry("attribute[hazards]", "water"));
    }

    private static List<Map.Entry<String, String>> update(String apiKey, String trackingId) {
        return List.of(
                entry("api_key", apiKey),
                entry("service_request_id", trackingId),
                entry("update_id", "777"),
                entry("status", "OPEN"),
                entry("updated_datetime", "2026-11-30T10:48:53Z"),
                entry("description", "Masih gelap.\r\nTolong segera."),
                entry("first_name", "Ann"),
                entry("last_name", "Example"),
                entry("email", "ann@example.org"));
    }

    private static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> form, String name) {
        return form.stream().filter(field -> !field.getKey().equals(name)).toList();
    }

    private IssuedCredentials partner(int reportsPerHour) {
        return TestOpen311Clients.add(integrations, reportsPerHour);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class);
    }

    private static void assertError(ApiClient.Response response, String format, int status, String described) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        if (format.equals("json")) {
            assertThat(response.json().at("/0/code").asInt()).isEqualTo(status);
            assertThat(response.json().findValuesAsText("description"))
                    .anySatisfy(text -> assertThat(text).contains(described));
        } else {
            var xml = Open311Client.Xml.of(response.text());
            assertThat(xml.value("/errors/error/code")).isEqualTo(String.valueOf(status));
            assertThat(xml.values("/errors/error/description"))
                    .anySatisfy(text -> assertThat(text).contains(described));
        }
    }
}
