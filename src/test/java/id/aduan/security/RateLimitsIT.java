package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.complaint.TestReports;
import id.aduan.portal.SecuredMockMvc;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * The limits as a client behind a proxy meets them, with low limits of this test's own: 3 reports, 3 wrong tokens
 * per client, 4 per report, 3 failed sign-ins per client and account, 5 per client, 1 new link per reporter, an hour. Each test comes from addresses of its own (X-Forwarded-For,
 * which Tomcat takes from the local proxy with {@code server.forward-headers-strategy=native}), so that the
 * buckets of the other full-stack tests on the same database stay apart.
 */
@AduanIntegrationTest
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=native",
            "aduan.rate-limits.submissions=3",
            "aduan.rate-limits.rejected-tokens=3",
            "aduan.rate-limits.rejected-tokens-per-report=4",
            "aduan.rate-limits.failed-sign-ins=3",
            "aduan.rate-limits.failed-sign-ins-per-client=5",
            "aduan.rate-limits.access-links-per-report=1"
        })
class RateLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("accessLinkExecutor")
    ThreadPoolTaskExecutor executor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsAnsweringAValidReportOnTheApiAndThePageToAnAddressThatSentTooManyWrongTokensForAnother() {
        // given two reports, and an address behind carrier-grade NAT from which someone tries wrong tokens for the
        // first until they are refused
        var first = file();
        var second = file();
        var shared = from("203.0.113.10");
        var answers = new ArrayList<Integer>();
        for (var guess = 0; guess < 5; guess++) {
            answers.add(shared.with("X-Access-Token", "guess-" + guess)
                    .get("/api/complaints/" + first.trackingId())
                    .status());
        }
        assertThat(answers).containsExactly(200, 200, 200, 429, 429);

        // when the second report's reporter, behind the same address, opens it on the API and the page
        var api = shared.with("X-Access-Token", second.accessToken()).get("/api/complaints/" + second.trackingId());
        var page = shared.with("Cookie", TokenAttempts.COOKIE + "=" + second.accessToken())
                .get("/laporan/" + second.trackingId());

        // then both answer in full, and the public view too
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("reporter").get("name").asText()).isEqualTo("Dewi Lestari");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"as-reporter\"", "Dewi Lestari");
        assertThat(shared.get("/api/complaints/" + first.trackingId()).status()).isEqualTo(200);
        assertThat(shared.get("/laporan/" + first.trackingId()).status()).isEqualTo(200);
    }

    @Test
    void refusesWrongTokensForOneReportBeyondItsLimitFromEveryAddressButItsReporter() {
        // given a report, and four wrong tokens for it, each from another address
        var report = file();
        for (var address : List.of("203.0.113.21", "203.0.113.22", "203.0.113.23", "203.0.113.24")) {
            assertThat(from(address)
                            .with("X-Access-Token", "guess")
                            .get("/api/complaints/" + report.trackingId())
                            .status())
                    .isEqualTo(200);
        }

        // when a fifth address tries a wrong token on the API, and a wrong private link on the page
        var api = from("203.0.113.25").with("X-Access-Token", "guess").get("/api/complaints/" + report.trackingId());
        var page = from("203.0.113.25")
                .with("Accept", "text/html")
                .get("/laporan/" + report.trackingId() + "?token=guess");

        // then both are refused, saying when to come back, without the report
        assertThat(api.status()).isEqualTo(429);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("detail").asText()).contains("Too many wrong access tokens");
        assertThat(Long.parseLong(api.header("Retry-After"))).isPositive();
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(page.text()).contains("Terlalu banyak permintaan").doesNotContain("Puskesmas Sekayu");

        // and the reporter, from that address too, and anyone without a token are answered
        assertThat(from("203.0.113.25")
                        .with("X-Access-Token", report.accessToken())
                        .get("/api/complaints/" + report.trackingId())
                        .status())
                .isEqualTo(200);
        assertThat(from("203.0.113.25")
                        .get("/api/complaints/" + report.trackingId())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void doesNotCountFormsThatCameBackWithMistakesAgainstTheReportsAnAddressMayFile() throws Exception {
        // given an address whose forms came back with mistakes, more often than it may file reports
        for (var mistake = 0; mistake < 5; mistake++) {
            assertThat(fileOnThePage("203.0.113.30", "Jal").getStatus()).isEqualTo(400);
        }

        // when it files its reports
        var filed = List.of(
                fileOnThePage("203.0.113.30", "Jembatan desa Sungai Lilin ambruk"),
                fileOnThePage("203.0.113.30", "Jembatan desa Sungai Lilin ambruk"),
                fileOnThePage("203.0.113.30", "Jembatan desa Sungai Lilin ambruk"));

        // then each is filed, and only a fourth is refused
        assertThat(filed)
                .allSatisfy(response -> assertThat(response.getRedirectedUrl()).endsWith("/terkirim"));
        var refused = fileOnThePage("203.0.113.30", "Jembatan desa Sungai Lilin ambruk");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
    }

    @Test
    void refusesEverySignInAsAnAccountThatKeepsFailingFromAnAddressBeforeThePasswordIsChecked() throws Exception {
        // given an IPv6 client that failed three sign-ins as one account, from addresses of its /64
        for (var address : List.of("2001:db8:40::1", "2001:db8:40::2", "2001:db8:40::3")) {
            assertThat(from(address).as("tamu", "tebak").get("/api/overdue").status())
                    .isEqualTo(401);
        }
        var sameClient = from("2001:db8:40::99");

        // when it signs in as that account again at each door
        var api = sameClient.as("tamu", "tebak").get("/api/overdue");
        var engineRest = sameClient.as("tamu", "tebak").get("/engine-rest/task");
        var tasklist = signInToTasklist("2001:db8:40::99", "tamu", "tebak");

        // then each door refuses it, saying when to come back, while another account of the client signs in
        for (var refused : List.of(api, engineRest)) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asText()).contains("Too many failed sign-ins");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        }
        assertThat(tasklist.statusCode()).isEqualTo(429);
        assertThat(tasklist.headers().firstValue("Retry-After")).isPresent();
        assertThat(tasklist.body()).contains("Too many failed sign-ins");
        assertThat(sameClient.as("verifier", "demo").get("/api/overdue").status())
                .isEqualTo(200);
        assertThat(signInToTasklist("2001:db8:40::99", "verifier", "demo").statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesEverySignInOfAnAddressThatFailedAsManyAccountsAsItsNumber() throws Exception {
        // given an address that failed five sign-ins, each as another account, at each door
        assertThat(signInToTasklist("203.0.113.50", "tamu1", "tebak").statusCode())
                .isEqualTo(401);
        for (var account : List.of("tamu2", "tamu3")) {
            assertThat(from("203.0.113.50")
                            .as(account, "tebak")
                            .get("/engine-rest/task")
                            .status())
                    .isEqualTo(401);
        }
        for (var account : List.of("tamu4", "tamu5")) {
            assertThat(from("203.0.113.50")
                            .as(account, "tebak")
                            .get("/staff/reports.csv")
                            .status())
                    .isEqualTo(401);
        }

        // when a staff member signs in from it with the right password
        var refused = from("203.0.113.50").as("verifier", "demo").get("/engine-rest/task");

        // then it is refused too, while the same staff member signs in from elsewhere
        assertThat(refused.status()).isEqualTo(429);
        assertThat(from("203.0.113.51")
                        .as("verifier", "demo")
                        .get("/engine-rest/task")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void doesNotCountSuccessfulSignIns() {
        // given an address that signed in successfully more often than it may fail
        for (var visit = 0; visit < 6; visit++) {
            assertThat(from("203.0.113.60")
                            .as("verifier", "demo")
                            .get("/engine-rest/task")
                            .status())
                    .isEqualTo(200);
        }

        // then it still may
        assertThat(from("203.0.113.60")
                        .as("verifier", "demo")
                        .get("/api/overdue")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void sendsAReporterTheirNewLinkHoweverOftenOthersAskForOneWithOtherAddresses() {
        // given a report, and strangers asking for a new link to it with addresses of their own, from many addresses
        var report = file();
        for (var stranger = 1; stranger <= 4; stranger++) {
            assertThat(from("198.51.100." + (70 + stranger))
                            .post(
                                    "/api/complaints/" + report.trackingId() + "/access-link",
                                    Map.of("email", "orang" + stranger + "@example.org"))
                            .status())
                    .isEqualTo(202);
        }

        // when the reporter asks with their own address, twice
        for (var ask = 0; ask < 2; ask++) {
            assertThat(from("198.51.100.80")
                            .post(
                                    "/api/complaints/" + report.trackingId() + "/access-link",
                                    Map.of("email", "dewi@example.org"))
                            .status())
                    .isEqualTo(202);
        }

        // then, once every request was looked at, one new link went out to them (one an hour), and none to anyone else
        await().atMost(Duration.ofSeconds(30))
                .until(() -> executor.getQueueSize() == 0 && executor.getActiveCount() == 0);
        assertThat(jdbc.queryForList(
                        "select n.recipient from notification n join complaint c on c.id = n.complaint_id"
                                + " where c.tracking_id = ? and n.kind = 'ACCESS_LINK'",
                        String.class,
                        report.trackingId()))
                .containsExactly("dewi@example.org");
    }

    private SubmittedComplaint file() {
        return complaints.submit(
                TestReports.healthReport(new Reporter("Dewi Lestari", "dewi@example.org", null), false, false));
    }

    private ApiClient from(String address) {
        return ApiClient.on(port).with("X-Forwarded-For", address);
    }

    private MockHttpServletResponse fileOnThePage(String address, String title) throws Exception {
        return SecuredMockMvc.on(context)
                .perform(multipart("/lapor")
                        .param("type", "COMPLAINT")
                        .param("title", title)
                        .param("description", "Jembatan penghubung desa ambruk sejak banjir pekan lalu.")
                        .param("categoryCode", "ROADS")
                        .param("regionCode", "16.06")
                        .param("anonymous", "true")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }

    /** Signs in to Tasklist as its sign-in page does: with the CSRF token of the page, from the address. */
    private HttpResponse<String> signInToTasklist(String address, String user, String password) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "X-XSRF-TOKEN",
                                page.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
