package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.complaint.TestReports;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff member's browser must not act on Aduan's APIs for another site: requests that change something and that a
 * browser sent for another site are refused, and no 401 invites a browser to ask for and keep a staff password.
 */
@AduanIntegrationTest
class CrossSiteRequestIT {

    private static final String OTHER_SITE = "https://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    private ApiClient verifier() {
        return ApiClient.on(port).as("verifier", "demo");
    }

    @Test
    void refusesAnotherSitesRequestToClaimATaskThroughTheEngineApi() {
        // given a report waiting for verification
        var report = ApiClient.on(port)
                .post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();
        var task = StaffTasks.onlyTask(verifier(), report).get("id").asText();
        var claim = "/engine-rest/task/" + task + "/claim";
        var body = "{\"userId\":\"verifier\"}";

        // when a page of another site makes the verifier's browser claim it, with the credentials the browser kept
        var fromOrigin = verifier().with("Origin", OTHER_SITE).send("POST", claim, "application/json", body);
        var fromFetch = verifier().with("Sec-Fetch-Site", "cross-site").send("POST", claim, "application/json", body);

        // then both are refused and the task is not claimed
        assertThat(fromOrigin.status()).isEqualTo(403);
        assertThat(fromOrigin.json().get("title").asText()).isEqualTo("Cross-site request refused");
        assertThat(fromFetch.status()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isNull();

        // when Aduan's own page, or a program without a browser's headers, claims it
        var ownPage = verifier()
                .with("Origin", "http://localhost:" + port)
                .with("Sec-Fetch-Site", "same-origin")
                .send("POST", claim, "application/json", body);

        // then it is claimed
        assertThat(ownPage.status()).as(ownPage.text()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo("verifier");
    }

    @Test
    void refusesAnotherSitesRequestToChangeHolidaysThroughAduansApi() {
        // when
        var response = ApiClient.on(port)
                .as("demo", "demo")
                .with("Origin", OTHER_SITE)
                .post("/api/holidays", Map.of("date", "2026-12-28", "name", "Libur palsu", "kind", "NATIONAL_HOLIDAY"));

        // then
        assertThat(response.status()).isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/holidays?year=2026").text()).doesNotContain("Libur palsu");
    }

    @Test
    void letsAnotherSiteReadWhatIsPublic() {
        var response = ApiClient.on(port).with("Origin", OTHER_SITE).get("/api/categories");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void answersWithoutABasicChallengeSoThatBrowsersNeverAskForAStaffPassword() {
        // when a browser calls the engine's and Aduan's staff APIs without credentials, or with a user that does not
        // exist
        var engine = ApiClient.on(port).get("/engine-rest/task");
        var staffApi = ApiClient.on(port).get("/api/overdue");
        var unknownUser = ApiClient.on(port).as("tamu", "salah").get("/engine-rest/task");

        // then each says 401 without inviting the browser to ask for a password
        for (var response : new ApiClient.Response[] {engine, staffApi, unknownUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
        }
    }
}
