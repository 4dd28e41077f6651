package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.StaffDesk;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.SubmittedComplaint;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The reporter's answers on the report's page: to a deferral, objecting, and what the status no longer allows. */
@AduanIntegrationTest
class ReporterActionsIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private MockMvc mvc;
    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
        staff = new StaffDesk(tasks, identity);
    }

    @Test
    void answersTheVerifiersQuestionAndTheReportGoesBackToVerification() throws Exception {
        // given a deferred report
        var report = file();
        staff.defer(report.trackingId(), "Di desa mana tepatnya jalan itu?");

        // then the reporter reads the question on the page
        assertThat(page(report)).contains("id=\"answer\"", "Di desa mana tepatnya jalan itu?", "Jawab paling lambat");

        // when the reporter answers it
        mvc.perform(post(path(report) + "/pesan")
                        .cookie(reporter(report))
                        .param("message", "Desa Sungai Lilin, dekat pasar.")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(path(report) + "?info=pesan"));

        // then the report waits for verification again, and the answer is on its timeline
        assertThat(statusOf(report)).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(page(report)).contains("Desa Sungai Lilin, dekat pasar.").doesNotContain("id=\"answer\"");
    }

    @Test
    void objectsToTheFollowUpWithAReason() throws Exception {
        // given an answered report
        var report = file();
        staff.verify(report.trackingId());
        staff.respond("DPUPR-MUBA", report.trackingId(), "Jalan sudah ditambal.");

        // when the reporter objects without a reason
        var withoutReason = mvc.perform(post(path(report) + "/sanggah")
                        .cookie(reporter(report))
                        .param("reason", " ")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // then the page asks for one, and nothing changes
        assertThat(withoutReason).contains("id=\"reason-error\">Wajib diisi.", "aria-invalid=\"true\"");
        assertThat(statusOf(report)).isEqualTo(ComplaintStatus.FOLLOWED_UP);

        // when the reporter gives a reason
        mvc.perform(post(path(report) + "/sanggah")
                        .cookie(reporter(report))
                        .param("reason", "Lubangnya muncul lagi setelah hujan.")
                        .with(csrf()))
                .andExpect(redirectedUrl(path(report) + "?info=disanggah"));

        // then the report is back with the agency
        assertThat(statusOf(report)).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(page(report))
                .contains("Lubangnya muncul lagi setelah hujan.")
                .doesNotContain("id=\"respond\"");
    }

    @Test
    void saysWhenTheReportsStatusNoLongerAllowsAnAction() throws Exception {
        // given a report that nobody has answered yet
        var report = file();

        // when the reporter tries to accept it, from a page left open
        var rejected = mvc.perform(post(path(report) + "/terima")
                        .cookie(reporter(report))
                        .param("rating", "5")
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // then the page says so and the report is unchanged
        assertThat(rejected).contains("tidak dapat dilakukan pada status laporan saat ini");
        assertThat(statusOf(report)).isEqualTo(ComplaintStatus.SUBMITTED);
    }

    @Test
    void acceptsActionsOnlyFromTheReporterWithAFormOfThisSite() throws Exception {
        var report = file();

        mvc.perform(post(path(report) + "/pesan").param("message", "Halo").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path(report) + "/pesan").cookie(reporter(report)).param("message", "Halo"))
                .andExpect(status().isForbidden());
        assertThat(page(report)).doesNotContain("Halo");
    }

    private SubmittedComplaint file() {
        return complaints.submit(new NewComplaint(
                ReportType.COMPLAINT,
                "Jalan berlubang di Sungai Lilin",
                "Jalan kabupaten di Sungai Lilin berlubang besar dan membahayakan pengendara.",
                "ROADS",
                "16.06",
                null,
                null,
                new Reporter("Hendra", null, "+62 812 7000 1111"),
                false,
                false,
                Language.ID,
                Channel.WEB,
                null));
    }

    private String page(SubmittedComplaint report) throws Exception {
        return mvc.perform(get(path(report)).cookie(reporter(report)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ComplaintStatus statusOf(SubmittedComplaint report) {
        return ((ReporterComplaintView) complaints.view(report.trackingId(), report.accessToken())).status();
    }

    private static String path(SubmittedComplaint report) {
        return "/laporan/" + report.trackingId();
    }

    private static Cookie reporter(SubmittedComplaint report) {
        return new Cookie("aduan_pelapor", report.accessToken());
    }
}
