package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.StaffTasks;
import id.aduan.complaint.FilesWithMetadata;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * A reporter's files give nothing of them away: no metadata in any download (public, the reporter's own, staff's),
 * and no file names but in the reporter's own view; names lose their invisible text direction marks.
 */
@AduanIntegrationTest
class AttachmentPrivacyIT {

    private static final String PHOTO = "Dewi_Lestari_rumah_saya.jpg";
    private static final String LETTER = "Dewi_Lestari_surat_RT.pdf";

    @Autowired
    WebApplicationContext context;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void servesAnAnonymousReportersFilesWithoutTheirMetadataOrNamesToAnyoneIncludingStaffAndThemselves()
            throws Exception {
        // given an anonymous report filed on /lapor with a phone's photo and a scanned letter named after the reporter,
        // verified and sent to the health office of Musi Banyuasin
        var report = file(
                new MockMultipartFile("attachments", PHOTO, "image/jpeg", FilesWithMetadata.jpeg()),
                new MockMultipartFile("attachments", LETTER, "application/pdf", FilesWithMetadata.pdf()));
        StaffTasks.complete(
                tasks,
                identity,
                report.trackingId(),
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        var ids = attachmentIds(report.trackingId());
        var reportersCookie = new Cookie("aduan_pelapor", report.token());

        // then anyone, the reporter and the agency's officer get the photo and the letter without metadata, named by
        // number
        for (var number = 1; number <= 2; number++) {
            var id = ids.get(number - 1);
            var name = report.trackingId() + "-lampiran-" + number + (number == 1 ? ".jpg" : ".pdf");
            Consumer<byte[]> clean = number == 1
                    ? FilesWithMetadata::assertPhotoWithoutMetadata
                    : FilesWithMetadata::assertPdfWithoutMetadata;
            var publicPath = "/laporan/" + report.trackingId() + "/lampiran/" + id;
            var staffPath = "/staff/reports/" + report.trackingId() + "/attachments/" + id;
            for (RequestBuilder download : List.of(
                    get(publicPath),
                    get(publicPath).cookie(reportersCookie),
                    get(staffPath).with(httpBasic("dinkes-muba-officer", "demo")))) {
                var response = mvc.perform(download)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse();
                clean.accept(response.getContentAsByteArray());
                assertThat(response.getHeader("Content-Disposition"))
                        .contains(name)
                        .doesNotContain("Dewi");
            }
        }
        // and the photo shows upright, as the phone showed it
        var photo =
                jdbc.queryForObject("select content from complaint_attachment where id = ?", byte[].class, ids.get(0));
        assertThat(FilesWithMetadata.picture(photo).getHeight()).isEqualTo(64);

        // and the public view and pages number the files, without the reporter's names for them
        assertThat(text(get("/api/complaints/" + report.trackingId())))
                .contains("\"label\":\"Lampiran 1\"", "\"labelEn\":\"Attachment 2\"")
                .contains("\"fileName\":\"" + report.trackingId() + "-lampiran-1.jpg\"")
                .doesNotContain("Dewi");
        assertThat(text(get("/laporan/" + report.trackingId())))
                .contains(">Lampiran 1</a>", ">Lampiran 2</a>")
                .doesNotContain("Dewi");
        assertThat(text(get("/laporan/" + report.trackingId()).param("lang", "en")))
                .contains(">Attachment 1</a>", ">Attachment 2</a>")
                .doesNotContain("Dewi");

        // and only the reporter sees their own names for them
        assertThat(text(get("/api/complaints/" + report.trackingId()).header("X-Access-Token", report.token())))
                .contains("\"fileName\":\"" + PHOTO + "\"", "\"fileName\":\"" + LETTER + "\"");
        assertThat(text(get("/laporan/" + report.trackingId()).cookie(reportersCookie)))
                .contains(">" + PHOTO + "</a>", ">" + LETTER + "</a>");
    }

    @Test
    void storesAndShowsAFileNameWithoutItsRightToLeftOverride() throws Exception {
        // given a photo named so that it would show as "fotoexe.jpg"
        var report =
                file(new MockMultipartFile("attachments", "foto\u202Egpj.exe", "image/jpeg", FilesWithMetadata.jpeg()));

        // then its name is stored and shown to the reporter without the override
        assertThat(jdbc.queryForList(
                        "select a.file_name from complaint_attachment a join complaint c on c.id = a.complaint_id"
                                + " where c.tracking_id = ?",
                        String.class,
                        report.trackingId()))
                .containsExactly("fotogpj.exe.jpg");
        var cookie = new Cookie("aduan_pelapor", report.token());
        assertThat(text(get("/laporan/" + report.trackingId()).cookie(cookie)))
                .contains(">fotogpj.exe.jpg</a>")
                .doesNotContain("\u202E");
        assertThat(text(get("/api/complaints/" + report.trackingId()).header("X-Access-Token", report.token())))
                .contains("\"fileName\":\"fotogpj.exe.jpg\"")
                .doesNotContain("\u202E");
    }

    /** Files an anonymous health report on /lapor with the files, as a browser does. */
    private Filed file(MockMultipartFile... files) throws Exception {
        var request = multipart("/lapor");
        for (var file : files) {
            request.file(file);
        }
        var response = mvc.perform(request.param("type", "COMPLAINT")
                        .param("title", "Puskesmas Sekayu tutup")
                        .param("description", "Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu.")
                        .param("categoryCode", "HEALTH_FACILITY")
                        .param("regionCode", "16.06")
                        .param("anonymous", "true")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        var trackingId = response.getRedirectedUrl().replaceAll(".*/laporan/([^/]+)/terkirim$", "$1");
        var token = response.getHeaders("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("aduan_pelapor="))
                .map(cookie -> cookie.substring("aduan_pelapor=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        return new Filed(trackingId, token);
    }

    private List<Long> attachmentIds(String trackingId) {
        return jdbc.queryForList(
                "select a.id from complaint_attachment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ? order by a.id",
                Long.class,
                trackingId);
    }

    private String text(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private record Filed(String trackingId, String token) {}
}
