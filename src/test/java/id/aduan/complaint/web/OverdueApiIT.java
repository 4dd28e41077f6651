package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.TestReports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff fetch the overdue follow-ups a page at a time, each page continuing where the previous ended. */
@AduanIntegrationTest
class OverdueApiIT {

    private static final Reporter SITI = new Reporter("Siti Rahayu", "siti.rahayu@example.org", "+62 812 7777 8888");

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> overdue = new ArrayList<>();

    @BeforeEach
    void threeFollowUpsOverdueLongerThanAnyOther() {
        // three reports for the health office of Musi Banyuasin, overdue since January 2001, one day after another
        for (var day = 1; day <= 3; day++) {
            var trackingId = complaints
                    .submit(TestReports.healthReport(SITI, false, false))
                    .trackingId();
            StaffTasks.complete(
                    tasks,
                    identity,
                    trackingId,
                    "verifier",
                    Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
            jdbc.update(
                    "update complaint_assignment set overdue_since = ? where complaint_id ="
                            + " (select id from complaint where tracking_id = ?)",
                    java.sql.Timestamp.from(java.time.Instant.parse("2001-01-0" + day + "T03:00:00Z")),
                    trackingId);
            overdue.add(trackingId);
        }
    }

    @AfterEach
    void noLongerOverdue() {
        for (var trackingId : overdue) {
            jdbc.update(
                    "update complaint_assignment set overdue_since = null where complaint_id ="
                            + " (select id from complaint where tracking_id = ?)",
                    trackingId);
        }
    }

    @Test
    void listsTheOldestFirstAPageAtATime() {
        var admin = ApiClient.on(port).as("demo", "demo");

        // when an administrator asks for two at a time
        var first = admin.get("/api/overdue?limit=2").json();

        // then the two oldest come, with the agency and deadline, and where the next page continues
        assertThat(trackingIds(first)).containsExactly(overdue.get(0), overdue.get(1));
        assertThat(first.at("/overdue/0/agency/code").asText()).isEqualTo("DINKES-MUBA");
        assertThat(first.at("/overdue/0/overdueSince").asText()).isEqualTo("2001-01-01T03:00:00Z");
        assertThat(first.at("/overdue/0/followUpDue").isTextual()).isTrue();
        assertThat(first.get("next").isTextual()).isTrue();

        // when the administrator fetches the next page
        var second = admin.get("/api/overdue?limit=2&after=" + first.get("next").asText())
                .json();

        // then it continues with the third
        assertThat(trackingIds(second)).first().isEqualTo(overdue.get(2));

        // and the health office's officer pages through its own the same way; another office sees none of them
        var officer = ApiClient.on(port).as("dinkes-muba-officer", "demo");
        var own = officer.get("/api/overdue?limit=1").json();
        assertThat(trackingIds(own)).containsExactly(overdue.get(0));
        assertThat(trackingIds(officer.get(
                                "/api/overdue?limit=1&after=" + own.get("next").asText())
                        .json()))
                .containsExactly(overdue.get(1));
        assertThat(trackingIds(ApiClient.on(port)
                        .as("disdukcapil-muba-officer", "demo")
                        .get("/api/overdue?limit=" + 1000)
                        .json()))
                .doesNotContainAnyElementsOf(overdue);
    }

    @Test
    void endsWithoutANextPage() {
        // when an administrator fetches every overdue follow-up at once (no more than these and the other tests')
        var all = ApiClient.on(port)
                .as("demo", "demo")
                .get("/api/overdue?limit=1000")
                .json();

        // then the page holds them all and has no next
        assertThat(trackingIds(all)).containsAll(overdue);
        assertThat(all.get("next").isNull()).isTrue();
    }

    @Test
    void answersAWrongCursorOrLimitWithAProblemNamingIt() {
        var admin = ApiClient.on(port).as("demo", "demo");
        for (var query : Map.of(
                        "after=page-2", "after", "limit=0", "limit", "limit=1001", "limit", "limit=ten", "limit")
                .entrySet()) {
            var response = admin.get("/api/overdue?" + query.getKey());
            assertThat(response.status()).as(query.getKey()).isEqualTo(400);
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(query.getValue());
        }
    }

    private static List<String> trackingIds(JsonNode page) {
        return StreamSupport.stream(page.get("overdue").spliterator(), false)
                .map(followUp -> followUp.get("trackingId").asText())
                .toList();
    }
}
