package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.StaffTasks;
import id.aduan.integration.IntegrationService;
import id.aduan.portal.SecuredMockMvc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Staff export the reports they answer for as CSV, without the reporter and without confidential titles. */
@AduanIntegrationTest
class ComplaintExportIT {

    private static final Reporter SITI = new Reporter("Siti Rahayu", "siti.rahayu@example.org", "+62 812 7777 8888");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntegrationService integrations;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void exportsTheReportsOfTheStaffMembersAgencyWithoutTheReporter() throws Exception {
        // given an anonymous report, a confidential one, and one whose title a spreadsheet would run as a formula,
        // all sent to the health office of Musi Banyuasin
        var anonymous = verified(TestReports.healthReport(SITI, true, false));
        var confidential = verified(bySiti(
                "Rahasia: pungutan liar di puskesmas", "Petugas puskesmas meminta uang untuk surat rujukan.", true));
        var formula = verified(bySiti(
                "=HYPERLINK(\"http://evil.example\",\"klik\")",
                "Judul laporan ini berbentuk rumus lembar kerja.",
                false));

        // when the health office's officer exports its reports
        var csv = export("dinkes-muba-officer", "");

        // then each is there, the confidential one without its title, and nothing of the reporter
        var lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ComplaintExport.COLUMNS));
        assertThat(line(lines, anonymous))
                .startsWith(anonymous + ",COMPLAINT,Web,FORWARDED,HEALTH_FACILITY,16.06,DINKES-MUBA,")
                .endsWith(",false,,true,false,Puskesmas Sekayu tutup di jam layanan");
        assertThat(line(lines, confidential)).endsWith(",false,true,");
        assertThat(line(lines, formula)).endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"");
        assertThat(csv).doesNotContain("Siti", "Rahayu", "siti.rahayu", "7777", "pungutan liar");

        // and another agency's officer does not see them; oversight does, also filtered by status
        assertThat(export("disdukcapil-muba-officer", "")).doesNotContain(anonymous, confidential, formula);
        assertThat(export("ombudsman", "?agencyCode=DINKES-MUBA&status=FORWARDED"))
                .contains(anonymous, confidential, formula);
        assertThat(export("ombudsman", "?status=COMPLETED")).doesNotContain(anonymous);
    }

    @Test
    void namesTheChannelOfEachReportAndThePartnerThatFiledIt() throws Exception {
        // given a report filed on the pages, one through the API and one by the partner system Senjang Muba
        var web = verified(TestReports.healthReport(SITI, false, false));
        var api =
                verified(bySiti("Puskesmas tutup di jam layanan", "Puskesmas di Sekayu tutup pada pagi hari.", false));
        var partner = verified(
                TestReports.filedBy("Senjang Muba", integrations, TestReports.healthReport(SITI, false, false)));

        // when an administrator exports the reports
        var lines = List.of(export("demo", "?agencyCode=DINKES-MUBA").split("\r\n"));

        // then each names its channel, the partner's by the partner's name
        assertThat(line(lines, web)).startsWith(web + ",COMPLAINT,Web,");
        assertThat(line(lines, api)).startsWith(api + ",COMPLAINT,API,");
        assertThat(line(lines, partner)).startsWith(partner + ",COMPLAINT,Senjang Muba,");
    }

    @Test
    void exportsATitleStoredWithControlCharactersWithoutThem() throws Exception {
        // given a report whose title holds control characters, as reports filed before the pages checked them do
        var trackingId = verified(
                bySiti("Puskesmas tutup di jam layanan", "Puskesmas di Sekayu tutup pada jam layanan pagi.", false));
        jdbc.update(
                "update complaint set title = ? where tracking_id = ?",
                "\u0000=1+1\u001b[31m Puskesmas\u0007 tutup\u0085\u202e",
                trackingId);

        // when the health office's officer exports its reports
        var csv = export("dinkes-muba-officer", "");

        // then the title is there without them, and still cannot run as a formula
        assertThat(line(List.of(csv.split("\r\n")), trackingId)).endsWith(",'=1+1[31m Puskesmas tutup");
        assertThat(csv).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E]");
    }

    @Test
    void streamsALinePerReportInTheOrderTheyWereFiled() throws Exception {
        // given a report sent to two agencies at once, besides the other tests' reports
        var trackingId = verified(TestReports.healthReport(SITI, false, false));
        jdbc.update("""
                insert into complaint_assignment (complaint_id, agency_code, status, assigned_at, clock_started_at,
                  clock_working_days, clock_paused_working_days, total_paused_working_days, reopened, version)
                select complaint_id, 'PEMKAB-MUBA', status, assigned_at, clock_started_at, clock_working_days,
                  clock_paused_working_days, total_paused_working_days, reopened, 0
                  from complaint_assignment where complaint_id = (select id from complaint where tracking_id = ?)""", trackingId);

        // when an administrator exports every report
        var lines = List.of(export("demo", "").split("\r\n"));

        // then the header comes first, then one line per report, oldest first, each agency named once
        var reports = jdbc.queryForList("select tracking_id from complaint order by id", String.class);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ComplaintExport.COLUMNS));
        assertThat(lines.subList(1, lines.size()).stream()
                        .map(line -> line.substring(0, line.indexOf(',')))
                        .toList())
                .isEqualTo(reports);
        assertThat(line(lines, trackingId)).contains(",16.06,DINKES-MUBA;PEMKAB-MUBA,");
    }

    @Test
    void answersAnUnknownFilterWithAProblemNamingTheField() throws Exception {
        mvc.perform(get("/staff/reports.csv?agencyCode=DINKES-ATLANTIS").with(httpBasic("demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
        mvc.perform(get("/staff/reports.csv?status=DONE").with(httpBasic("demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/staff/reports.csv")).andExpect(status().isUnauthorized());
    }

    private static NewComplaint bySiti(String title, String description, boolean confidential) {
        return new NewComplaint(
                ReportType.COMPLAINT,
                title,
                description,
                "HEALTH_FACILITY",
                "16.06",
                null,
                null,
                SITI,
                false,
                confidential,
                Language.ID,
                Channel.API,
                null);
    }

    private String verified(NewComplaint report) {
        var trackingId = complaints.submit(report).trackingId();
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        return trackingId;
    }

    private String export(String user, String query) throws Exception {
        return mvc.perform(get("/staff/reports.csv" + query).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String line(List<String> lines, String trackingId) {
        return lines.stream()
                .filter(line -> line.startsWith(trackingId + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError(trackingId + " is not in the export"));
    }
}
