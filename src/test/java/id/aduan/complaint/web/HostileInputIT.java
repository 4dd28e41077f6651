package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.TestReports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Oversized, malformed, scripted, SQL-laden and mistyped requests against the reporter's API: each gets a
 * 4xx problem detail, none a 5xx, and none leaves anything behind. Script and SQL in free text are data:
 * they are stored as written and come back as written.
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

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
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

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
