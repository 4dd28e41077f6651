package id.aduan.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.complaint.TestReports;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without spring.mail.host, e-mail goes to the in-process SMTP server, and staff read it at /staff/mailbox. */
@AduanIntegrationTest
class MailboxIT {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Test
    void showsAdministratorsWhatTheInProcessSmtpServerReceived() {
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
        assertThat(api.as("dinkes-muba-officer", "demo").get("/staff/mailbox").status())
                .isEqualTo(403);
    }
}
