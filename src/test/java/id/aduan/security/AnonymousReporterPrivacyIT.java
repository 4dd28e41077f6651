package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.DatabaseTables;
import id.aduan.EMailDeliveries;
import id.aduan.StaffTasks;
import id.aduan.complaint.TestReports;
import id.aduan.notification.EmbeddedMailServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous reporter who left an address to be reached: after the whole lifecycle, their name, e-mail
 * and phone are in Aduan's own tables only (the report and the outbox of e-mails to them), and in no
 * engine table, log line, staff e-mail, task form or public view.
 */
@AduanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousReporterPrivacyIT {

    private static final String NAME = "Wahyuni Kartikasari";
    private static final String EMAIL = "wahyuni.k@example.org";
    private static final String PHONE = "+62 821 4455 6677";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    @Test
    void keepsAnAnonymousReportersIdentityInAdunsOwnTablesOnly(CapturedOutput output) throws Exception {
        // given an anonymous complaint by a reporter who can be reached
        var api = ApiClient.on(port);
        var report = TestReports.healthComplaint(NAME, EMAIL, PHONE);
        report.put("anonymous", true);
        var submitted = api.post("/api/complaints", report).json();
        var trackingId = submitted.get("trackingId").asText();
        var reporter = api.with("X-Access-Token", submitted.get("accessToken").asText());
        var path = "/api/complaints/" + trackingId;
        var verifier = api.as("verifier", "demo");
        var officer = api.as("dinkes-muba-officer", "demo");

        // when it goes through its whole lifecycle, with the staff's forms opened on the way
        complete(verifier, trackingId, Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        complete(officer, trackingId, Map.of("followUpDecision", "REQUEST_INFO", "followUpText", "Di desa mana?"));
        reporter.post(path + "/messages", Map.of("message", "Desa Sungai Lilin."));
        complete(officer, trackingId, Map.of("followUpDecision", "RESPOND", "followUpText", "Sudah ditangani."));
        assertThat(reporter.post(path + "/acceptance", Map.of("rating", 4))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("COMPLETED");
        EMailDeliveries.deliverQueued(management);

        // then the reporter's view shows them their own identity; the public view does not
        assertThat(reporter.get(path).json().get("reporter").get("name").asText())
                .isEqualTo(NAME);
        assertThat(api.get(path).text()).doesNotContain(NAME, EMAIL, PHONE);

        // and the identity is in Aduan's report and e-mail outbox only
        assertThat(DatabaseTables.containing(jdbc, NAME, EMAIL, PHONE)).containsOnly("COMPLAINT", "NOTIFICATION");

        // and in no log line
        assertThat(output.getAll()).doesNotContain(NAME, EMAIL, PHONE);

        // and only in e-mails to the reporter
        var mails = mailbox.messages().stream()
                .filter(mail -> subject(mail).startsWith(trackingId))
                .toList();
        assertThat(mails).isNotEmpty();
        for (var mail : mails) {
            var whole = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    + mail.getHeader("To", ",");
            if (!whole.contains(EMAIL)) {
                assertThat(whole).doesNotContain(NAME, PHONE);
            }
        }
    }

    private void complete(ApiClient staff, String trackingId, Map<String, String> values) {
        var task = StaffTasks.onlyTask(staff, trackingId);
        var form = staff.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables");
        assertThat(form.text()).doesNotContain(NAME, EMAIL, PHONE);
        StaffTasks.complete(staff, trackingId, values);
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
