package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.util.RawValue;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.TestReports;
import id.aduan.portal.SecuredMockMvc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Oversized, malformed, scripted, SQL-laden and mistyped requests against the reporter's API: each gets a
 * 4xx problem detail, none a 5xx, and none leaves anything behind. Script and SQL in free text are data:
 * they are stored as written and come back as written. The API and the page's form apply the same rules.
 */
@AduanIntegrationTest
class HostileInputIT {

    private static final String SQL = "'; DROP TABLE complaint; --";
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    WebApplicationContext context;

    private ApiClient api;
    private MockMvc pages;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        pages = SecuredMockMvc.on(context);
    }

    private static Map<String, Object> reporter(String field, Object value) {
        var reporter = new HashMap<String, Object>(Map.of("name", "Budi", "email", "budi@example.org"));
        reporter.put(field, value);
        return TestReports.roadComplaintWith("reporter", reporter);
    }

    static Stream<Arguments> hostileReports() {
        var cases = new ArrayList<Arguments>();
        // oversized
        cases.add(Arguments.of("title of 201 characters", TestReports.roadComplaintWith("title", "x".repeat(201))));
        cases.add(Arguments.of(
                "description of 4,001 characters", TestReports.roadComplaintWith("description", "x".repeat(4001))));
        cases.add(Arguments.of("name of 121 characters", reporter("name", "x".repeat(121))));
        cases.add(Arguments.of(
                "address of 301 characters",
                TestReports.roadComplaintWith("location", Map.of("address", "x".repeat(301)))));
        cases.add(Arguments.of("body of 2 MB", TestReports.roadComplaintWith("description", "x".repeat(2_000_000))));
        // malformed
        cases.add(Arguments.of("truncated JSON", "{\"type\": \"COMPLAINT\", \"title\": "));
        cases.add(Arguments.of("an array", "[{\"type\": \"COMPLAINT\"}]"));
        cases.add(Arguments.of("a bare string", "\"COMPLAINT\""));
        cases.add(Arguments.of("nothing", ""));
        cases.add(Arguments.of("nesting 5,000 deep", "[".repeat(5000) + "]".repeat(5000)));
        cases.add(Arguments.of("a NUL character", TestReports.roadComplaintWith("title", "Jalan\u0000rusak sekali")));
        cases.add(Arguments.of("an unknown field", TestReports.roadComplaintWith("priority", "HIGH")));
        // script and SQL where a code is expected
        cases.add(Arguments.of("script as category", TestReports.roadComplaintWith("categoryCode", SCRIPT)));
        cases.add(Arguments.of("SQL as category", TestReports.roadComplaintWith("categoryCode", "ROADS' OR '1'='1")));
        cases.add(Arguments.of(
                "SQL as region", TestReports.roadComplaintWith("regionCode", "16.06; DROP TABLE complaint")));
        cases.add(Arguments.of("SQL as agency", TestReports.roadComplaintWith("agencyCode", SQL)));
        cases.add(Arguments.of("script as e-mail", reporter("email", SCRIPT + "@example.org")));
        cases.add(Arguments.of("script as phone", reporter("phone", SCRIPT)));
        // wrong types
        cases.add(Arguments.of("a number as title", TestReports.roadComplaintWith("title", 12345)));
        cases.add(Arguments.of("text as anonymous", TestReports.roadComplaintWith("anonymous", "yes")));
        cases.add(Arguments.of("a number as type", TestReports.roadComplaintWith("type", 1)));
        cases.add(Arguments.of("text as reporter", TestReports.roadComplaintWith("reporter", "Budi Santoso")));
        cases.add(Arguments.of("a list as location", TestReports.roadComplaintWith("location", List.of(-2.9, 104.7))));
        cases.add(Arguments.of(
                "text as latitude",
                TestReports.roadComplaintWith("location", Map.of("latitude", "south", "longitude", 104.7))));
        cases.add(Arguments.of("null as type", TestReports.roadComplaintWith("type", null)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileReports")
    void answersAHostileReportWithAProblemAndStoresNothing(String what, Object body) {
        // given
        var complaints = count("complaint");
        var timeline = count("complaint_event");
        var processes = history.createHistoricProcessInstanceQuery().count();

        // when
        var response = api.post("/api/complaints", body);

        // then
        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text()).doesNotContain("Exception", "at org.", "at id.aduan", "SQL");
        assertThat(count("complaint")).isEqualTo(complaints);
        assertThat(count("complaint_event")).isEqualTo(timeline);
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
    }

    static Stream<Arguments> hostileActions() {
        return Stream.of(
                Arguments.of("/messages", Map.of("message", "x".repeat(4001))),
                Arguments.of("/messages", Map.of("message", "Halo\u0007")),
                Arguments.of("/messages", Map.of("message", 42)),
                Arguments.of("/messages", "not json"),
                Arguments.of("/acceptance", Map.of("rating", "5")),
                Arguments.of("/acceptance", Map.of("rating", 5.5)),
                Arguments.of("/acceptance", Map.of("rating", 0)),
                Arguments.of("/acceptance", Map.of("rating", 5, "comment", "x".repeat(1001))),
                Arguments.of("/objection", Map.of("reason", List.of("a", "b"))),
                Arguments.of("/objection", Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileActions")
    void answersHostileAnswersWithAProblemAndStoresNothing(String action, Object body) {
        // given a report and its reporter
        var submitted = api.post("/api/complaints", TestReports.roadComplaint()).json();
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText());
        var timeline = count("complaint_event");

        // when
        var response =
                reporter.post("/api/complaints/" + submitted.get("trackingId").asText() + action, body);

        // then
        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count("complaint_event")).isEqualTo(timeline);
    }

    @Test
    void answersHostilePathsAndParametersWithProblems() {
        for (var path : List.of(
                "/api/complaints/ADU-0000-0000'%20OR%20'1'='1",
                "/api/complaints/%3Cscript%3E",
                "/api/complaints/" + "A".repeat(2000),
                "/api/holidays?year=2026;DROP",
                "/api/holidays?year=99999",
                "/api/holidays")) {
            var response = api.get(path);
            assertThat(response.status()).as(path + " " + response.text()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void keepsScriptAndSqlInFreeTextAsText() {
        // when a report's texts hold script and SQL
        var report = TestReports.roadComplaintWith("title", SCRIPT);
        report.put("description", SQL + " " + SCRIPT);
        var submitted = api.post("/api/complaints", report);

        // then they are stored and returned as written, and the tables are intact
        assertThat(submitted.status()).isEqualTo(201);
        var view = api.get(
                        "/api/complaints/" + submitted.json().get("trackingId").asText())
                .json();
        assertThat(view.get("title").asText()).isEqualTo(SCRIPT);
        assertThat(view.get("description").asText()).isEqualTo(SQL + " " + SCRIPT);
        assertThat(count("complaint")).isPositive();
    }

    /** Bad reports, with the fields that each door must refuse: the same at both. */
    static Stream<Arguments> badReports() {
        var controlCharacters = Map.of(
                "title", "Jalan\u0000rusak sekali",
                "description", "Jalan poros desa\u001b[2J berlubang besar sejak tiga bulan.",
                "address", "Jl. Merdeka\u0000 No. 5, Sekayu",
                "name", "Budi\u001bSantoso");
        var mistakesEverywhere = Map.of(
                "title", "Jal\u0000",
                "description", "Rusak\u0007",
                "address", "Jl. Merdeka\u001b No. 5",
                "latitude", "1E-1000000000",
                "longitude", "104.7",
                "name", "Budi\u0000",
                "email", "bukan-alamat",
                "phone", "0812<script>");
        return Stream.of(Door.values())
                .flatMap(door -> Stream.of(
                        Arguments.of(
                                door,
                                "NUL and ESC in its texts",
                                controlCharacters,
                                Set.of("title", "description", "address", "name")),
                        Arguments.of(
                                door,
                                "a mistake in most fields",
                                mistakesEverywhere,
                                Set.of("title", "description", "address", "latitude", "name", "email", "phone"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badReports")
    void refusesTheSameFieldsOfABadReportAtBothDoors(
            Door door, String what, Map<String, String> mistakes, Set<String> refused) throws Exception {
        // given
        var report = FormReport.valid();
        report.putAll(mistakes);
        var stored = stored();

        // when the report comes in by the door
        var answer = submit(door, report);

        // then the door names the same fields as the other one, and stores nothing
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.fields()).containsExactlyInAnyOrderElementsOf(refused);
        assertThat(stored()).isEqualTo(stored);
    }

    /**
     * Numbers with huge exponents, and digit strings up to the 1,000 characters that the API's JSON parser reads at
     * most, are refused by the rules; a longer one by the parser itself, which names the object it was reading.
     */
    static Stream<Arguments> absurdCoordinates() {
        var endlessDigits = "104." + "7".repeat(5000);
        return Stream.of(Door.values())
                .flatMap(door -> Stream.of(
                        Arguments.of(door, "1E-1000000000", "104.7", "latitude"),
                        Arguments.of(door, "-1E+1000000000", "104.7", "latitude"),
                        Arguments.of(door, "-2.9", "1E-1000000000", "longitude"),
                        Arguments.of(door, "-2.9", "1.047E+999999999", "longitude"),
                        Arguments.of(door, "-2.9", "104." + "7".repeat(990), "longitude"),
                        Arguments.of(door, "-2.9", endlessDigits, door == Door.API ? "location" : "longitude")));
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @MethodSource("absurdCoordinates")
    void refusesCoordinatesWithHugeExponentsOrEndlessDigitsNamingTheField(
            Door door, String latitude, String longitude, String field) throws Exception {
        // given
        var report = FormReport.valid();
        report.put("latitude", latitude);
        report.put("longitude", longitude);
        var stored = stored();

        // when
        var answer = submit(door, report);

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly(field);
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void answersTheErrorPathWithNotFound() {
        // when an API client and a browser ask for Spring Boot's error page itself
        var client = api.with("Accept", "application/json").get("/error");
        var browser = api.with("Accept", "text/html").get("/error");

        // then both hear that there is nothing at that address, each in its own format
        assertThat(client.status()).as(client.text()).isEqualTo(404);
        assertThat(client.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.json().get("status").asInt()).isEqualTo(404);
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.header("Content-Type")).startsWith("text/html");
        assertThat(browser.text()).contains("Halaman tidak ditemukan");
    }

    /** The two ways in for a report: Aduan's API and the form on {@code /lapor}. */
    enum Door {
        API,
        PAGE
    }

    /** What a door answered: its status, the fields it refused (by their last name: reporter.email is email). */
    record Answer(int status, Set<String> fields, String body) {}

    /** A report as the page's form fields hold it; the API takes the same values in its JSON shape. */
    static final class FormReport {

        static Map<String, String> valid() {
            var report = new LinkedHashMap<String, String>();
            report.put("type", "COMPLAINT");
            report.put("title", "Jalan rusak di Sekayu");
            report.put("description", "Jalan poros desa berlubang besar sejak tiga bulan.");
            report.put("categoryCode", "ROADS");
            report.put("regionCode", "16.06");
            report.put("name", "Budi Santoso");
            report.put("email", "budi@example.org");
            return report;
        }

        /** The API's JSON: numbers are written as given, however long. */
        static Map<String, Object> json(Map<String, String> form) {
            var json = new LinkedHashMap<String, Object>();
            for (var field : List.of("type", "title", "description", "categoryCode", "regionCode")) {
                json.put(field, form.get(field));
            }
            var location = new LinkedHashMap<String, Object>();
            location.put("address", form.get("address"));
            location.put("latitude", form.containsKey("latitude") ? new RawValue(form.get("latitude")) : null);
            location.put("longitude", form.containsKey("longitude") ? new RawValue(form.get("longitude")) : null);
            json.put("location", location);
            var reporter = new LinkedHashMap<String, Object>();
            for (var field : List.of("name", "email", "phone")) {
                reporter.put(field, form.get(field));
            }
            json.put("reporter", reporter);
            json.put("anonymous", false);
            json.put("confidential", false);
            return json;
        }
    }

    private static final Pattern ERROR_SUMMARY =
            Pattern.compile("(?s)<div class=\"alert error\" role=\"alert\">.*?</ul>");
    private static final Pattern SUMMARY_LINK = Pattern.compile("href=\"#([A-Za-z]+)\"");

    private Answer submit(Door door, Map<String, String> report) throws Exception {
        var fields = new TreeSet<String>();
        if (door == Door.API) {
            var response = api.post("/api/complaints", FormReport.json(report));
            if (response.status() == 400) {
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                response.json().path("errors").forEach(error -> {
                    var field = error.get("field").asText();
                    fields.add(field.substring(field.lastIndexOf('.') + 1));
                });
            }
            return new Answer(response.status(), fields, response.text());
        }
        var request = multipart("/lapor").with(csrf());
        report.forEach(request::param);
        var response = pages.perform(request).andReturn().getResponse();
        var page = response.getContentAsString(StandardCharsets.UTF_8);
        var summary = ERROR_SUMMARY.matcher(page);
        if (summary.find()) {
            var links = SUMMARY_LINK.matcher(summary.group());
            while (links.find()) {
                fields.add(links.group(1));
            }
        }
        return new Answer(response.getStatus(), fields, page);
    }

    /** Reports, their timeline entries and process instances stored so far. */
    private String stored() {
        return count("complaint") + " reports, " + count("complaint_event") + " entries, "
                + history.createHistoricProcessInstanceQuery().count() + " processes";
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
