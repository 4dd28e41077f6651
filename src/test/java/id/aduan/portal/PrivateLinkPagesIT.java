package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.EMailDeliveries;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterAccess;
import id.aduan.complaint.ReporterAccessProperties;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.complaint.TestReports;
import id.aduan.notification.EmbeddedMailServer;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/**
 * The reporter's private link on the pages when it opens nothing: an e-mail link that expired says so, and every
 * such page, like {@code /lacak}, offers a new link by e-mail, which goes to the reporter's own address only.
 */
@AduanIntegrationTest
class PrivateLinkPagesIT {

    private static final String REJECTED_TOKEN = "id.aduan.security.TokenAttempts.rejected";
    private static final String EMAIL = "Siti.Rahma@example.org";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    @Autowired
    ReporterAccess access;

    @Autowired
    ReporterAccessProperties accessSettings;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void saysThatAnExpiredEMailLinkHasExpiredAndOffersANewOne() throws Exception {
        // given a public report and the link of an e-mail sent longer ago than links work
        var report = file(false);
        var path = "/laporan/" + report.trackingId();
        var expired = emailTokenSentLongAgo(report);

        // when the reporter opens the link, or comes back with it in the cookie
        var fromLink = page(mvc.perform(get(path).param("token", expired)), 200);
        var fromCookie = page(mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", expired))), 200);

        // then both show the public view, saying that the link expired and how to get a new one
        for (var page : new String[] {fromLink, fromCookie}) {
            assertThat(page)
                    .contains("Tautan pelapor ini sudah kedaluwarsa: tautan dari e-mail berlaku 30 hari")
                    .contains("Minta tautan pribadi baru", "action=\"/lacak\"", "value=\"" + report.trackingId() + "\"")
                    .contains("Tautan baru lewat SMS belum tersedia")
                    .doesNotContain("id=\"as-reporter\"", "Siti Rahma", EMAIL);
        }
        // and the expired link counts as a wrong token, once: the page drops the cookie that holds it
        mvc.perform(get(path).param("token", expired)).andExpect(request().attribute(REJECTED_TOKEN, true));
        mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", expired)))
                .andExpect(cookie().maxAge("aduan_pelapor", 0));
        // while the token given at filing still opens the report
        assertThat(page(mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", report.accessToken()))), 200))
                .contains("id=\"as-reporter\"");
    }

    @Test
    void showsTheSamePageForAConfidentialReportAsForNoneSayingOnlyThatAnOwnLinkExpired() throws Exception {
        // given a confidential report and an e-mail link of it that expired
        var report = file(true);
        var path = "/laporan/" + report.trackingId();
        var expired = emailTokenSentLongAgo(report);

        // when its expired link, a wrong one, and a wrong one for a report that does not exist are opened
        var expiredPage = page(mvc.perform(get(path).param("token", expired)), 404);
        var wrongPage = page(mvc.perform(get(path).param("token", "guess")), 404);
        var nonePage = page(mvc.perform(get("/laporan/ADU-ZZZZ-ZZZZ").param("token", "guess")), 404);

        // then the expired link says so, and offers a new one, without showing anything of the report
        assertThat(expiredPage)
                .contains("Tautan pelapor sudah kedaluwarsa", "Minta tautan pribadi baru")
                .doesNotContain("Syarat membuat akta kelahiran", "Siti Rahma");
        // and a wrong link shows the same page for the confidential report as for none at all
        assertThat(wrongPage).contains("Laporan tidak ditemukan", "Minta tautan pribadi baru");
        assertThat(withoutCsrfToken(wrongPage).replace(report.trackingId(), "ADU-ZZZZ-ZZZZ"))
                .isEqualTo(withoutCsrfToken(nonePage));
    }

    @Test
    void sendsANewLinkFromThePagesToTheReportersOwnAddressOnly() throws Exception {
        // given a confidential report, whose reporter lost their link
        var report = file(true);

        // when someone asks with another address, and the reporter with theirs, typed loosely
        requestLink(report.trackingId(), "tetangga@example.org")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lacak?info=tautan"));
        requestLink(" " + report.trackingId().toLowerCase().replace('-', ' ') + " ", "siti.rahma@EXAMPLE.org")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/lacak?info=tautan"));
        EMailDeliveries.deliverOnceQueued(jdbc, management, report.trackingId(), "ACCESS_LINK", 1);

        // then both read the same answer, which promises nothing
        assertThat(page(mvc.perform(get("/lacak").param("info", "tautan")), 200))
                .contains("Bila alamat itu adalah alamat yang diberikan pelapor laporan tersebut");
        // and only the reporter got an e-mail, whose link opens the reporter's view of the confidential report
        assertThat(EMailDeliveries.to(mailbox.messages(), "tetangga@example.org", report.trackingId()))
                .isEmpty();
        var mails = EMailDeliveries.to(mailbox.messages(), EMAIL, report.trackingId() + ": Tautan pribadi baru");
        assertThat(mails).hasSize(1);
        var token = EMailDeliveries.reporterToken(mails.get(0));
        var path = "/laporan/" + report.trackingId();
        mvc.perform(get(path).param("token", token))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path));
        assertThat(page(mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", token))), 200))
                .contains("id=\"as-reporter\"", "Syarat membuat akta kelahiran");
    }

    @Test
    void pointsOutMistakesInTheRequestForANewLinkNextToTheFields() throws Exception {
        var page = page(
                mvc.perform(post("/lacak")
                        .param("trackingId", "ADU-12")
                        .param("email", "bukan alamat")
                        .with(csrf())),
                200);

        assertThat(page)
                .contains("id=\"trackingId-error\"", "id=\"email-error\"")
                .contains("Bukan alamat e-mail yang sah")
                .doesNotContain("Bila alamat itu adalah alamat");
    }

    @Test
    void offersANewLinkOnTheTrackingPage() throws Exception {
        assertThat(page(mvc.perform(get("/lacak")), 200))
                .contains("Minta tautan pribadi baru", "name=\"trackingId\"", "name=\"email\"");
        assertThat(page(mvc.perform(get("/lacak").param("lang", "en")), 200))
                .contains("Ask for a new private link", "New links by SMS are not available yet");
    }

    /** A token of an e-mail link, sent just longer ago than e-mail links work. */
    private String emailTokenSentLongAgo(SubmittedComplaint report) {
        var complaintId =
                jdbc.queryForObject("select id from complaint where tracking_id = ?", Long.class, report.trackingId());
        var sent = ClockUtil.getCurrentTime()
                .toInstant()
                .minus(accessSettings.emailLinkValidity())
                .minus(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(sent));
        try {
            return access.issueEmailToken(complaintId);
        } finally {
            ClockUtil.reset();
        }
    }

    private ResultActions requestLink(String trackingId, String email) throws Exception {
        return mvc.perform(post("/lacak")
                .param("trackingId", trackingId)
                .param("email", email)
                .with(csrf()));
    }

    /** The page without the CSRF token of its forms, which is new on every page. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("(name=\"_csrf\" value=\")[^\"]*", "$1");
    }

    private static String page(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private SubmittedComplaint file(boolean confidential) {
        return complaints.submit(
                TestReports.birthCertificateQuestion(new Reporter("Siti Rahma", EMAIL, null), confidential));
    }
}
