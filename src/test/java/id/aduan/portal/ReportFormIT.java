package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.DatabaseTables;
import id.aduan.StaffTasks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Filing a report on the page: mistakes come back next to their fields with the input kept and nothing
 * stored; forms need their CSRF token; files are checked by their content and size.
 */
@AduanIntegrationTest
class ReportFormIT {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void showsEachMistakeNextToItsFieldKeepsTheInputAndStoresNothing() throws Exception {
        // given
        var stored = stored();

        // when
        var page = mvc.perform(multipart("/lapor")
                        .param("type", "COMPLAINT")
                        .param("title", "Jal")
                        .param("categoryCode", "ROADS")
                        .param("email", "bukan-alamat")
                        .param("latitude", "-2.88")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(page)
                .contains("id=\"title-error\">Judul harus 5 sampai 200 karakter.")
                .contains("id=\"description-error\">Wajib diisi.")
                .contains("id=\"regionCode-error\">Pilih wilayah.")
                .contains("id=\"email-error\">Bukan alamat e-mail yang sah")
                .contains("Isi lintang dan bujur, atau kosongkan keduanya.")
                .containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"title-hint title-error\"")
                .containsSubsequence(
                        "href=\"#title\"",
                        "href=\"#description\"",
                        "href=\"#regionCode\"",
                        "href=\"#coordinates\"",
                        "href=\"#email\"")
                .contains("name=\"title\" value=\"Jal\"")
                .contains("value=\"ROADS\" selected=\"selected\"");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void asksForTheReportersNameUnlessTheReportIsAnonymous() throws Exception {
        var stored = stored();

        var page = refused(validReport().param("email", "warga@example.org"));

        assertThat(page).contains("id=\"name-error\">Isi nama Anda, atau pilih anonim.");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void asksForAPhoneNumberWhenTheReporterChoosesSms() throws Exception {
        var stored = stored();

        var page = refused(validReport()
                .param("name", "Ahmad Fauzi")
                .param("email", "warga@example.org")
                .param("smsUpdates", "true"));

        assertThat(page)
                .contains("id=\"smsUpdates-error\">Isi nomor telepon untuk menerima kabar lewat SMS.")
                .contains("href=\"#smsUpdates\"")
                .containsPattern("<input type=\"checkbox\" id=\"smsUpdates\"[^>]*checked=\"checked\"");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void keepsTheReportersChoiceOfSms() throws Exception {
        var response = mvc.perform(validReport()
                        .param("name", "Ahmad Fauzi")
                        .param("email", "warga@example.org")
                        .param("phone", "+62 813 4711 2222")
                        .param("smsUpdates", "true")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();

        var trackingId = response.getRedirectedUrl().replaceAll(".*/laporan/([^/]+)/terkirim$", "$1");
        assertThat(jdbc.queryForObject(
                        "select reporter_sms_updates from complaint where tracking_id = ?", Boolean.class, trackingId))
                .isTrue();
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        var stored = stored();

        mvc.perform(validReport().param("anonymous", "true")).andExpect(status().isForbidden());
        mvc.perform(validReport().param("anonymous", "true").with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void refusesFilesThatAreNoJpegPngOrPdfWhateverTheBrowserSays() throws Exception {
        var stored = stored();

        var page = submitAnonymously(new MockMultipartFile("attachments", "foto.png", "image/png", TestFiles.gif()));

        assertThat(page)
                .contains("id=\"attachments-error\">Berkas “foto.png” bukan foto JPEG atau PNG atau dokumen PDF.");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void refusesAFileLargerThanFiveMegabytes() throws Exception {
        var stored = stored();

        var page = submitAnonymously(
                new MockMultipartFile("attachments", "besar.png", "image/png", TestFiles.pngLargerThan(5)));

        assertThat(page).contains("Berkas “besar.png” lebih besar dari 5 MB.");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void refusesMoreThanThreeFiles() throws Exception {
        var stored = stored();

        var page = submitAnonymously(
                new MockMultipartFile("attachments", "1.png", "image/png", TestFiles.png()),
                new MockMultipartFile("attachments", "2.png", "image/png", TestFiles.png()),
                new MockMultipartFile("attachments", "3.png", "image/png", TestFiles.png()),
                new MockMultipartFile("attachments", "4.png", "image/png", TestFiles.png()));

        assertThat(page).contains("Lampirkan paling banyak 3 berkas.");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void keepsFilesWithTheTypeOfTheirContentOutsideTheProcessVariables() throws Exception {
        // when a reporter sends a PDF that the browser calls a binary file, and a photo
        var response = mvc.perform(validReport(
                                new MockMultipartFile(
                                        "attachments",
                                        "C:\\Dokumen\\surat-keterangan-4711.pdf",
                                        "application/octet-stream",
                                        TestFiles.pdf()),
                                new MockMultipartFile("attachments", "foto-4711", "image/png", TestFiles.png()))
                        .param("name", "Ahmad Fauzi")
                        .param("phone", "+62 813 4711 0000")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();

        // then the reporter goes on to the confirmation, with the access token in a cookie for the report
        var trackingId = response.getRedirectedUrl().replaceAll(".*/laporan/([^/]+)/terkirim$", "$1");
        assertThat(response.getRedirectedUrl()).isEqualTo("/laporan/" + trackingId + "/terkirim");
        assertThat(response.getHeader("Set-Cookie"))
                .startsWith("aduan_pelapor=")
                .contains("Path=/laporan/" + trackingId, "HttpOnly", "SameSite=Lax");

        // and the files are kept under their own names, with the type read from their content
        var files = jdbc.queryForList(
                "select a.file_name, a.content_type, a.size_bytes, octet_length(a.content) as stored_bytes"
                        + " from complaint_attachment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ? order by a.id",
                trackingId);
        assertThat(files).hasSize(2);
        assertThat(files.get(0))
                .containsEntry("FILE_NAME", "surat-keterangan-4711.pdf")
                .containsEntry("CONTENT_TYPE", "application/pdf");
        assertThat(files.get(0).get("SIZE_BYTES"))
                .isEqualTo(((Number) files.get(0).get("STORED_BYTES")).longValue());
        assertThat(files.get(1)).containsEntry("FILE_NAME", "foto-4711.png").containsEntry("CONTENT_TYPE", "image/png");

        // and nothing of them, nor of the reporter, is in the engine's variables or history (nor in the bytes of its
        // JSON variables), but for the task form's numbered links to them
        var theirs = List.of("surat-keterangan", "foto-4711", "4711 0000").stream()
                .flatMap(text -> Stream.of("TEXT_ like '%" + text + "%'", "TEXT2_ like '%" + text + "%'"))
                .collect(Collectors.joining(" or "));
        for (var table : List.of("ACT_HI_VARINST", "ACT_RU_VARIABLE")) {
            assertThat(jdbc.queryForList(
                            "select NAME_, TEXT_ from " + table + " where " + theirs + " or NAME_ like '%attach%'"))
                    .as(table)
                    .isEmpty();
        }
        assertThat(DatabaseTables.containing(jdbc, "surat-keterangan", "foto-4711", "4711 0000"))
                .noneMatch(table -> table.startsWith("ACT_"));
        var task =
                tasks.createTaskQuery().processInstanceBusinessKey(trackingId).singleResult();
        assertThat(StaffTasks.contextText(tasks, task.getId(), "attachmentLinks"))
                .contains("/staff/reports/" + trackingId + "/", "Lampiran 1", "Lampiran 2")
                .doesNotContain("surat-keterangan", "foto-4711");
    }

    /**
     * One file of 11 MB is beyond what the server reads of a file, three of 9 MB beyond what it reads of a request.
     * The form sends its CSRF token in its address; a client may send it in the body, which the server does not read.
     */
    @ParameterizedTest(name = "{0} file(s) of {1} MB, token in the {2}")
    @CsvSource({"1, 11, address", "3, 9, address", "3, 9, body"})
    void answersAnUploadBeyondTheServersLimitWithThePageSayingWhy(int files, int megabytes, String token)
            throws Exception {
        // given the form, with its CSRF token, in a browser-like client
        var browser = new FormBrowser(port);
        var action = browser.formAction();
        var stored = stored();

        // when files beyond the server's limits are sent
        var body = new ByteArrayOutputStream();
        if (token.equals("body")) {
            part(
                    body,
                    "Content-Disposition: form-data; name=\"_csrf\"",
                    action.substring(action.indexOf('=') + 1).getBytes(StandardCharsets.UTF_8));
            action = "/lapor";
        }
        part(body, "Content-Disposition: form-data; name=\"title\"", "Foto besar".getBytes(StandardCharsets.UTF_8));
        for (var file = 1; file <= files; file++) {
            part(
                    body,
                    "Content-Disposition: form-data; name=\"attachments\"; filename=\"besar-" + file + ".png\"\r\n"
                            + "Content-Type: image/png",
                    TestFiles.pngLargerThan(megabytes));
        }
        var response = browser.post(action, body);

        // then the form comes back saying why, and nothing is stored
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("Lampiran terlalu besar", "paling banyak 3 berkas, masing-masing paling besar 5 MB");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void refusesAnUploadWithoutItsCsrfTokenThatIsNotTooLarge() throws Exception {
        // given the form's CSRF cookie, in a browser-like client
        var browser = new FormBrowser(port);
        browser.formAction();
        var stored = stored();

        // when a form with a file is sent to /lapor without the token
        var body = new ByteArrayOutputStream();
        part(body, "Content-Disposition: form-data; name=\"title\"", "Tanpa token".getBytes(StandardCharsets.UTF_8));
        part(
                body,
                "Content-Disposition: form-data; name=\"attachments\"; filename=\"foto.png\"\r\n"
                        + "Content-Type: image/png",
                TestFiles.png());
        var response = browser.post("/lapor", body);

        // then it is refused
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(stored()).isEqualTo(stored);
    }

    /** A browser on the form: it keeps cookies and posts multipart bodies as the form does. */
    private static final class FormBrowser {

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final int port;

        FormBrowser(int port) {
            this.port = port;
        }

        /** Opens the form, which sets the CSRF cookie, and returns where it posts to, with its token. */
        String formAction() throws Exception {
            var form = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/lapor"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var action = Pattern.compile("action=\"(/lapor\\?_csrf=[^\"]+)\"").matcher(form);
            assertThat(action.find()).isTrue();
            return action.group(1);
        }

        HttpResponse<String> post(String path, ByteArrayOutputStream parts) throws Exception {
            parts.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(parts.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static final String BOUNDARY = "aduan-test-boundary";

    private static void part(ByteArrayOutputStream body, String headers, byte[] content) throws IOException {
        body.write(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends the form with its CSRF token; answers the page that comes back with its mistakes (400). */
    private String refused(MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form.with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String submitAnonymously(MockMultipartFile... files) throws Exception {
        return mvc.perform(validReport(files).param("anonymous", "true").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(cookie().doesNotExist("aduan_pelapor"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder validReport(MockMultipartFile... files) {
        var request = multipart("/lapor");
        for (var file : files) {
            request.file(file);
        }
        return request.param("type", "COMPLAINT")
                .param("title", "Jembatan desa Sungai Lilin ambruk")
                .param("description", "Jembatan penghubung desa ambruk sejak banjir pekan lalu.")
                .param("categoryCode", "ROADS")
                .param("regionCode", "16.06");
    }

    /** Reports, their files and process instances stored so far. */
    private String stored() {
        return jdbc.queryForObject("select count(*) from complaint", Long.class) + " reports, "
                + jdbc.queryForObject("select count(*) from complaint_attachment", Long.class) + " files, "
                + history.createHistoricProcessInstanceQuery().count() + " processes";
    }
}
