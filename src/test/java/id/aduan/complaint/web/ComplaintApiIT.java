package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.TestReports;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reporter's API answers bad input with a problem detail naming the field, and stores nothing. */
@AduanIntegrationTest
class ComplaintApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    static List<Arguments> badReports() {
        var withoutType = TestReports.roadComplaint();
        withoutType.remove("type");
        return List.of(
                Arguments.of(withoutType, "type"),
                Arguments.of(TestReports.roadComplaintWith("type", "PRAISE"), "type"),
                Arguments.of(TestReports.roadComplaintWith("title", "Jal"), "title"),
                Arguments.of(TestReports.roadComplaintWith("title", "x".repeat(201)), "title"),
                Arguments.of(TestReports.roadComplaintWith("description", "x".repeat(4001)), "description"),
                Arguments.of(TestReports.roadComplaintWith("categoryCode", "WEATHER"), "categoryCode"),
                Arguments.of(TestReports.roadComplaintWith("regionCode", "99.99"), "regionCode"),
                Arguments.of(TestReports.roadComplaintWith("agencyCode", "DINKES-ATLANTIS"), "agencyCode"),
                Arguments.of(
                        TestReports.roadComplaintWith("reporter", Map.of("email", "budi@example.org")),
                        "reporter.name"),
                Arguments.of(TestReports.roadComplaintWith("reporter", Map.of("name", "Budi")), "reporter.email"),
                Arguments.of(
                        TestReports.roadComplaintWith("reporter", Map.of("name", "Budi", "email", "not-an-address")),
                        "reporter.email"),
                Arguments.of(
                        TestReports.roadComplaintWith("reporter", Map.of("name", "Budi", "phone", "call me")),
                        "reporter.phone"),
                Arguments.of(
                        TestReports.roadComplaintWith(
                                "reporter", Map.of("name", "Budi", "email", "budi@example.org", "smsUpdates", true)),
                        "reporter.smsUpdates"),
                Arguments.of(
                        TestReports.roadComplaintWith("location", Map.of("latitude", 48.85, "longitude", 2.35)),
                        "location.latitude"),
                Arguments.of(
                        TestReports.roadComplaintWith("location", Map.of("latitude", -2.9)), "location.coordinates"),
                Arguments.of(TestReports.roadComplaintWith("anonymous", "maybe"), "anonymous"),
                Arguments.of(TestReports.roadComplaintWith("priority", "HIGH"), "priority"));
    }

    @ParameterizedTest(name = "rejects a bad {1}")
    @MethodSource("badReports")
    void rejectsABadReportNamingTheFieldAndStoresNothing(Map<String, Object> report, String field) {
        // given
        var complaints = count("complaint");
        var processes = history.createHistoricProcessInstanceQuery().count();

        // when
        var response = api.post("/api/complaints", report);

        // then
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(count("complaint")).isEqualTo(complaints);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
    }

    @Test
    void rejectsABodyThatIsNoJson() {
        var response = api.post("/api/complaints", "{\"type\": \"COMPLAINT\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isEqualTo("Malformed request body");
        assertThat(response.text()).doesNotContain("Exception", "at com.", "at org.");
    }

    @Test
    void acceptsAnAnonymousReportWithoutAnyReporterDetails() {
        var report = TestReports.roadComplaint();
        report.remove("reporter");
        report.put("anonymous", true);

        var response = api.post("/api/complaints", report);

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        var trackingId = response.json().get("trackingId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/complaints/" + trackingId);
        assertThat(response.json().get("accessToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(response.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(response.json().get("statusLabel").asText()).isEqualTo("Belum diverifikasi");
    }

    @Test
    void showsTheReporterTheirReportAndEveryoneElseThePublicView() {
        // given
        var submitted = api.post("/api/complaints", TestReports.roadComplaint()).json();
        var trackingId = submitted.get("trackingId").asText();

        // when
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText())
                .get("/api/complaints/" + trackingId);
        var anyone = api.get("/api/complaints/" + trackingId);
        var wrongToken = api.with("X-Access-Token", "guess").get("/api/complaints/" + trackingId);

        // then
        assertThat(reporter.json().get("reporter").get("name").asText()).isEqualTo("Budi Santoso");
        assertThat(reporter.json().get("verificationDue").isNull()).isFalse();
        for (var publicView : List.of(anyone, wrongToken)) {
            assertThat(publicView.status()).isEqualTo(200);
            assertThat(publicView.json().has("reporter")).isFalse();
            assertThat(publicView.text()).doesNotContain("Budi", "budi@example.org", "2222");
        }
    }

    @Test
    void hidesAConfidentialReportFromEveryoneButItsReporter() {
        // given
        var submitted = api.post("/api/complaints", TestReports.roadComplaintWith("confidential", true))
                .json();
        var trackingId = submitted.get("trackingId").asText();

        // then
        assertThat(api.get("/api/complaints/" + trackingId).status()).isEqualTo(404);
        assertThat(api.with("X-Access-Token", "wrong")
                        .get("/api/complaints/" + trackingId)
                        .status())
                .isEqualTo(404);
        assertThat(api.with("X-Access-Token", submitted.get("accessToken").asText())
                        .get("/api/complaints/" + trackingId)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void answersUnknownAndMalformedTrackingIds() {
        var unknown = api.get("/api/complaints/ADU-0000-0000");
        var malformed = api.get("/api/complaints/12345");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("ADU-0000-0000");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").findValuesAsText("field")).contains("trackingId");
    }

    @Test
    void requiresTheReportersTokenToAnswer() {
        // given
        var submitted = api.post("/api/complaints", TestReports.roadComplaint()).json();
        var path = "/api/complaints/" + submitted.get("trackingId").asText();
        var token = submitted.get("accessToken").asText();

        // then
        var withoutToken = api.post(path + "/messages", Map.of("message", "Halo"));
        assertThat(withoutToken.status()).isEqualTo(400);
        assertThat(withoutToken.json().get("errors").findValuesAsText("field")).contains("X-Access-Token");
        assertThat(api.with("X-Access-Token", "guess")
                        .post(path + "/messages", Map.of("message", "Halo"))
                        .status())
                .isEqualTo(404);

        var tooEarly = api.with("X-Access-Token", token).post(path + "/acceptance", Map.of("rating", 5));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("detail").asText()).contains("once every agency has followed up");

        var badRating = api.with("X-Access-Token", token).post(path + "/acceptance", Map.of("rating", 6));
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.json().get("errors").findValuesAsText("field")).contains("rating");

        var emptyObjection = api.with("X-Access-Token", token).post(path + "/objection", Map.of("reason", " "));
        assertThat(emptyObjection.status()).isEqualTo(400);
        assertThat(emptyObjection.json().get("errors").findValuesAsText("field"))
                .contains("reason");
    }

    @Test
    void listsCategoriesRegionsAgenciesAndHolidays() {
        assertThat(api.get("/api/categories").json().findValuesAsText("code")).contains("HEALTH", "ROADS");
        assertThat(api.get("/api/regions").json().findValuesAsText("code"))
                .contains("16.06", "64.02", "36.73", "13.11");
        assertThat(api.get("/api/agencies").json().findValuesAsText("code"))
                .contains("DINKES-MUBA", "KEMENKES", "KEMENDAGRI", "BPJS-KESEHATAN", "PLN");
        assertThat(api.get("/api/holidays?year=2026").json().findValuesAsText("date"))
                .contains("2026-03-19", "2026-03-24");
        assertThat(api.get("/api/holidays?year=1900").status()).isEqualTo(400);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
