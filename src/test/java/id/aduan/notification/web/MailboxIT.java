package id.aduan.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.complaint.TestReports;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In the default run without spring.mail.host, e-mail goes to the in-process SMTP server; system administrators
 * read it at /staff/mailbox, and the server logs no reporter's address.
 */
@AduanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailboxIT {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    LoggingSystem logging;

    @Test
    void showsSystemAdministratorsAloneWhatTheInProcessSmtpServerReceived() {
        // given a complaint whose receipt was delivered
        var api = ApiClient.on(port);
        var trackingId = api.post("/api/complaints", TestReports.roadComplaint())
                .json()
                .get("trackingId")
                .asText();
        EMailDeliveries.deliverQueued(management);

        // when
        var mailbox = api.as("demo", "demo").get("/staff/mailbox");

        // then
        assertThat(mailbox.status()).isEqualTo(200);
        assertThat(mailbox.text()).contains(trackingId + ": Laporan Anda telah kami terima", "budi@example.org");
        assertThat(api.get("/staff/mailbox").status()).isEqualTo(401);
        assertThat(api.as("verifier", "demo").get("/staff/mailbox").status())
                .as("a national administrator")
                .isEqualTo(403);
        assertThat(api.as("dinkes-muba-officer", "demo").get("/staff/mailbox").status())
                .isEqualTo(403);
    }

    @Test
    void logsNoReportersAddressWhenTheInProcessSmtpServerReceivesTheirMail(CapturedOutput output) {
        // given the log at INFO, as in production (the tests' own log shows warnings only)
        var api = ApiClient.on(port);
        var email = "sri.wahyuningsih@example.org";
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        try {
            // when a report's receipt goes to a reporter the server has not seen before
            var report = TestReports.healthComplaint("Sri Wahyuningsih", email, "+62 812 7777 1212");
            var trackingId =
                    api.post("/api/complaints", report).json().get("trackingId").asText();
            EMailDeliveries.deliverQueued(management);

            // then the receipt was delivered, and no log line names the reporter's address
            assertThat(api.as("demo", "demo").get("/staff/mailbox").text())
                    .contains(trackingId + ": Laporan Anda telah kami terima", email);
            assertThat(output.getAll()).contains("Queued").doesNotContain(email);
        } finally {
            logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        }
    }
}
