package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewAttachment;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.PublicComplaintView;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.ReporterComplaintView;
import id.aduan.complaint.SubmittedComplaint;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** A report's files go to whoever may see the report: anyone for a public report, only its reporter otherwise. */
@AduanIntegrationTest
class AttachmentAccessIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

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
        var attachments = ((PublicComplaintView) complaints.view(report.trackingId(), null)).attachments();
        var path = "/laporan/" + report.trackingId() + "/lampiran/";

        // then a photo shows in the page, a document downloads, and neither is sniffed as anything else
        mvc.perform(get(path + attachments.get(0).id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(TestFiles.png()))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(header().string("Content-Disposition", containsString("jalan.png")))
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
        assertThat(((PublicComplaintView) complaints.view(open.trackingId(), null)).attachments())
                .extracting(attachment -> attachment.fileName())
                .containsExactly("a.png");
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
                        Language.ID),
                List.of(files));
    }
}
