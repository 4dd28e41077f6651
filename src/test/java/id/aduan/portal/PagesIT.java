package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.complaint.TestReports;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** What every page does: its language, its headers, its own assets only, and the reporter's link. */
@AduanIntegrationTest
class PagesIT {

    /** The request attribute by which the pages tell the rate limit that a token was wrong. */
    private static final String REJECTED_TOKEN = "id.aduan.security.TokenAttempts.rejected";

    private static final Pattern LINKS = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    @LocalServerPort
    int port;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void servesTheHomePageAtTheRootInsteadOfCamundasWebapps() throws Exception {
        var home = page(get("/"));

        assertThat(home).contains("<html lang=\"id\">", "Sampaikan laporan Anda tentang pelayanan publik");
        assertThat(home).contains("href=\"/camunda/app/tasklist/\"");
        assertThat(home).contains("href=\"/assets/aduan.css\"", "href=\"/assets/favicon.svg\"");
        for (var asset : List.of("/assets/aduan.css", "/assets/favicon.svg")) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
    }

    @Test
    void speaksIndonesianUntilTheReaderChoosesEnglishAndRemembersTheChoice() throws Exception {
        // when the reader chooses English
        var choice = mvc.perform(get("/laporan").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("aduan_bahasa", "en"))
                .andReturn()
                .getResponse();

        // then the page and the next ones are in English
        assertThat(choice.getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"en\">", "<h1>Reports</h1>");
        assertThat(page(get("/lapor").cookie(new Cookie("aduan_bahasa", "en"))))
                .contains("<h1>File a report</h1>", "href=\"/lapor?lang=id\"");

        // and Indonesian is the default, and what any other choice gives
        assertThat(page(get("/lapor"))).contains("<html lang=\"id\">", "<h1>Buat laporan</h1>");
        assertThat(page(get("/lapor").param("lang", "fr"))).contains("<html lang=\"id\">");
    }

    @Test
    void referToNothingButAduansOwnAddresses() throws Exception {
        // given a public report and a confidential one, seen by their reporters and by anyone
        var open = file(false);
        var secret = file(true);
        var pages = new ArrayList<String>();
        for (var path : List.of(
                "/",
                "/lapor",
                "/lacak",
                "/laporan",
                "/instansi",
                "/instansi/DINKES-OKI",
                "/statistik",
                "/statistik/provinsi/16",
                "/statistik/pemerintah/PEMKAB-MUBA",
                "/statistik/peringkat",
                "/statistik/tunggakan",
                "/statistik/terhubung")) {
            pages.add(page(get(path)));
            pages.add(page(get(path).param("lang", "en")));
        }
        pages.add(page(get("/laporan/" + open.trackingId())));
        pages.add(page(get("/laporan/" + open.trackingId()).cookie(reporter(open))));
        pages.add(page(get("/laporan/" + secret.trackingId()).cookie(reporter(secret))));
        pages.add(page(get("/laporan/" + secret.trackingId() + "/terkirim").cookie(reporter(secret))));

        // then every link, image, stylesheet and form stays on Aduan's own site
        for (var page : pages) {
            var links = LINKS.matcher(page);
            while (links.find()) {
                assertThat(links.group(1)).as(links.group()).matches("(/(?!/)|#|\\?).*");
            }
            assertThat(page).doesNotContain("<script", "style=", "@import");
        }
        var css = new ClassPathResource("static/assets/aduan.css").getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).doesNotContain("url(", "@import");
    }

    @Test
    void sendsHeadersThatKeepPagesToTheirOwnAssetsAndReferrers() throws Exception {
        mvc.perform(get("/lapor"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void takesTheReportersTokenOutOfTheAddressIntoACookieForTheReport() throws Exception {
        // given
        var report = file(true);
        var path = "/laporan/" + report.trackingId();

        // when the reporter opens the private link
        var opened = mvc.perform(get(path).param("token", report.accessToken()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path))
                .andReturn()
                .getResponse();

        // then the cookie holds the token for this report's pages only
        assertThat(opened.getHeaders("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("aduan_pelapor="))
                .containsExactly(
                        "aduan_pelapor=" + report.accessToken() + "; Path=" + path + "; HttpOnly; SameSite=Lax");
        assertThat(page(get(path).cookie(reporter(report)))).contains("id=\"as-reporter\"", "Siti Rahma");

        // and a wrong token shows nothing of a confidential report
        mvc.perform(get(path).param("token", "guess")).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void countsWrongLinksAndCookiesAgainstTheRateLimitOfWrongTokens() throws Exception {
        // given a public report
        var report = file(false);
        var path = "/laporan/" + report.trackingId();
        var wrongCookie = new Cookie("aduan_pelapor", "guess");

        // when a wrong private link or cookie is tried, the public view answers, saying the link is not valid
        var wrongLink = mvc.perform(get(path).param("token", "guess"))
                .andExpect(status().isOk())
                .andExpect(request().attribute(REJECTED_TOKEN, true))
                .andReturn();
        mvc.perform(get(path).cookie(wrongCookie))
                .andExpect(status().isOk())
                .andExpect(request().attribute(REJECTED_TOKEN, true));

        // then both count as wrong tokens, while the reporter's own cookie does not
        assertThat(wrongLink.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tautan pelapor ini tidak berlaku");
        mvc.perform(get(path).cookie(reporter(report)))
                .andExpect(status().isOk())
                .andExpect(request().attribute(REJECTED_TOKEN, org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void saysWhenAReportOrAnAgencyIsNotThere() throws Exception {
        var report = mvc.perform(get("/laporan/ADU-0000-0000"))
                .andExpect(status().isNotFound())
                .andReturn();
        var agency = mvc.perform(get("/instansi/DINAS-ATLANTIS"))
                .andExpect(status().isNotFound())
                .andReturn();

        assertThat(report.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Laporan tidak ditemukan");
        assertThat(agency.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Halaman tidak ditemukan");
    }

    @Test
    void findsAReportByItsTrackingIdAsTypedFromAReceipt() throws Exception {
        mvc.perform(get("/lacak").param("nomor", " adu-7k3m-9qxh "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/laporan/ADU-7K3M-9QXH"));
        assertThat(page(get("/lacak").param("nomor", "12345")))
                .contains("id=\"nomor-error\"", "aria-invalid=\"true\"", "value=\"12345\"");
    }

    @Test
    void showsThroughWhichPartnerSystemAReportCameOnItsTimelineAndTheReportsOfEachChannel() throws Exception {
        // given a report that the partner system Senjang Muba filed for its reporter
        var filed = ApiClient.on(port)
                .with("Authorization", "Bearer demo-senjang-muba-key")
                .post(
                        "/api/partner/v1/reports",
                        Map.of("externalReference", "SJM-" + UUID.randomUUID(), "report", TestReports.roadComplaint()));
        assertThat(filed.status()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();

        // when it is looked up on the tracking page
        mvc.perform(get("/lacak").param("nomor", trackingId))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/laporan/" + trackingId));

        // then its public page and its reporter's page say on the timeline where it came in
        assertThat(page(get("/laporan/" + trackingId))).contains("Diterima melalui Senjang Muba");
        assertThat(page(get("/laporan/" + trackingId)
                        .cookie(new Cookie(
                                "aduan_pelapor", filed.json().get("accessToken").asText()))))
                .contains("Diterima melalui Senjang Muba", "Budi Santoso");

        // and the national numbers count the reports of each channel, each partner by its name
        assertThat(page(get("/")))
                .contains("Laporan diterima menurut saluran", "Situs web", "<th scope=\"row\">Senjang Muba</th>");
        assertThat(page(get("/statistik").param("lang", "en"))).contains("Reports received by channel", "Web");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static Cookie reporter(SubmittedComplaint report) {
        return new Cookie("aduan_pelapor", report.accessToken());
    }

    private SubmittedComplaint file(boolean confidential) {
        return complaints.submit(TestReports.birthCertificateQuestion(
                new Reporter("Siti Rahma", "siti.rahma@example.org", null), confidential));
    }
}
