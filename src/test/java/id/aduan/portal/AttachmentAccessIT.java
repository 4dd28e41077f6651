package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.StaffTasks;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.PublicComplaintView;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.SubmittedComplaint;
import id.aduan.complaint.TestReports;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A report's files go to whoever may see the report: anyone for a public report, only its reporter otherwise; and
 * to the staff of the agency that has to follow it up, to national administrators and to oversight.
 */
@AduanIntegrationTest
class AttachmentAccessIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessEngine engine;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void servesThePhotosAndDocumentsOfAPublicReportToAnyone() throws Exception {
        // given
        var report = file(
                false,
                new NewAttachment("jalan.png", TestFiles.png()),
                new NewAttachment("surat.pdf", TestFiles.pdf()));
        var attachments = ((PublicComplaintView) complaints.view(report.trackingId(), (String) null)).attachments();
        var path = "/laporan/" + report.trackingId() + "/lampiran/";

        // then a photo shows in the page, a document downloads, and neither is sniffed as anything else
        mvc.perform(get(path + attachments.get(0).id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(TestFiles.png()))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(
                        header().string("Content-Disposition", containsString(report.trackingId() + "-lampiran-1.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(path + attachments.get(1).id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")));
    }

    @Test
    void servesTheFilesOfAConfidentialReportOnlyToItsReporter() throws Exception {
        // given
        var report = file(true, new NewAttachment("ktp.png", TestFiles.png()));
        var view = complaints.view(report.trackingId(), report.accessToken());
        var id = ((ReporterComplaintView) view).attachments().get(0).id();
        var path = "/laporan/" + report.trackingId() + "/lampiran/" + id;

        // then
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", "guess"))).andExpect(status().isNotFound());
        mvc.perform(get(path).cookie(new Cookie("aduan_pelapor", report.accessToken())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(TestFiles.png()));
    }

    @Test
    void servesAFileOnlyUnderItsOwnReport() throws Exception {
        // given a public report and a confidential one, both with a photo
        var open = file(false, new NewAttachment("a.png", TestFiles.png()));
        var secret = file(true, new NewAttachment("b.png", TestFiles.png()));
        var secretFile = ((ReporterComplaintView) complaints.view(secret.trackingId(), secret.accessToken()))
                .attachments()
                .get(0)
                .id();

        // then the confidential report's photo is not reachable through the public report
        mvc.perform(get("/laporan/" + open.trackingId() + "/lampiran/" + secretFile))
                .andExpect(status().isNotFound());
        assertThat(((PublicComplaintView) complaints.view(open.trackingId(), (String) null)).attachments())
                .extracting(attachment -> attachment.label())
                .containsExactly("Lampiran 1");
    }

    @Test
    void servesTheFilesOfAConfidentialReportToTheStaffOfItsAgencyUnderTheReportsName() throws Exception {
        // given a confidential report with a photo, verified and sent to the health office of Musi Banyuasin
        var report = complaints.submit(
                TestReports.healthReport(new Reporter("Rahmat", "rahmat@example.org", null), true, true),
                List.of(new NewAttachment("KTP Rahmat.png", TestFiles.png())));
        var trackingId = report.trackingId();
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var id = ((ReporterComplaintView) complaints.view(trackingId, report.accessToken()))
                .attachments()
                .get(0)
                .id();
        var path = "/staff/reports/" + trackingId + "/attachments/" + id;

        // then the agency's staff, the national administrators and oversight open it, named after the report
        for (var user : List.of("dinkes-muba-officer", "dinkes-muba-supervisor", "verifier", "ombudsman", "demo")) {
            mvc.perform(get(path).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(content().bytes(TestFiles.png()))
                    .andExpect(header().string("Content-Disposition", containsString(trackingId + "-lampiran-1.png")))
                    .andExpect(header().string("Content-Disposition", not(containsString("Rahmat"))));
        }
        // and nobody else, nor through another report's path
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(httpBasic("disdukcapil-muba-officer", "demo")))
                .andExpect(status().isNotFound());
        // (a wrong password holds the user back for a few seconds, so this one signs in no more in this test)
        mvc.perform(get(path).with(httpBasic("dinkes-muba-supervisor", "wrong")))
                .andExpect(status().isUnauthorized());
        var other = file(false);
        mvc.perform(get("/staff/reports/" + other.trackingId() + "/attachments/" + id)
                        .with(httpBasic("demo", "demo")))
                .andExpect(status().isNotFound());

        // when the agency declares the report outside its authority and the national administrator re-routes it
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                "dinkes-muba-officer",
                Map.of("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", "Wewenang BPJS Kesehatan."));
        StaffTasks.complete(tasks, identity, trackingId, "verifier", Map.of("newAgencyCode", "BPJS-KESEHATAN"));

        // then the file goes to the new agency's staff, and no longer to the old one's
        mvc.perform(get(path).with(httpBasic("bpjs-kesehatan-officer", "demo"))).andExpect(status().isOk());
        mvc.perform(get(path).with(httpBasic("dinkes-muba-officer", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(httpBasic("verifier", "demo"))).andExpect(status().isOk());
    }

    @Test
    void opensTheFilesOfAReportWithTheTasklistSignInForReadingOnly() throws Exception {
        // given a report with a photo, verified and sent to the health office of Musi Banyuasin
        var report = complaints.submit(
                TestReports.healthReport(new Reporter("Rahmat", "rahmat@example.org", null), false, true),
                List.of(new NewAttachment("puskesmas.png", TestFiles.png())));
        StaffTasks.complete(
                tasks,
                identity,
                report.trackingId(),
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var id = ((ReporterComplaintView) complaints.view(report.trackingId(), report.accessToken()))
                .attachments()
                .get(0)
                .id();
        var path = "/staff/reports/" + report.trackingId() + "/attachments/" + id;

        // then the agency's officer signed in to Tasklist opens it; another agency's officer does not
        mvc.perform(get(path).session(tasklistSession("dinkes-muba-officer")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(TestFiles.png()));
        mvc.perform(get(path).session(tasklistSession("disdukcapil-muba-officer")))
                .andExpect(status().isNotFound());
        // and the Tasklist sign-in opens nothing else of Aduan's staff API
        mvc.perform(get("/api/overdue").session(tasklistSession("demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/mailbox").session(tasklistSession("demo"))).andExpect(status().isUnauthorized());
    }

    /** An HTTP session in which the user signed in to Camunda's webapps, as Tasklist leaves it. */
    private MockHttpSession tasklistSession(String user) {
        var session = new MockHttpSession();
        var signIns = new Authentications();
        signIns.addOrReplace(new UserAuthentication(user, engine.getName()));
        AuthenticationUtil.updateSession(session, signIns);
        return session;
    }

    private SubmittedComplaint file(boolean confidential, NewAttachment... files) {
        return complaints.submit(
                new NewComplaint(
                        ReportType.COMPLAINT,
                        "Jalan desa berlubang",
                        "Jalan desa berlubang besar di depan sekolah dasar.",
                        "ROADS",
                        "16.02",
                        null,
                        null,
                        new Reporter("Rahmat", "rahmat@example.org", null),
                        false,
                        confidential,
                        Language.ID,
                        Channel.WEB,
                        null),
                List.of(files));
    }
}
