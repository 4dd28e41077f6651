package id.aduan.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import id.aduan.AduanPostgresTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.ProductionEnvironment;
import id.aduan.complaint.TestReports;
import id.aduan.notification.EmbeddedMailServer;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Outside the default run (the postgres profile, with the settings production needs) there is no in-process SMTP
 * server and no mailbox: e-mail goes to the SMTP server configured, with links to the public address.
 */
@AduanPostgresTest
class MailboxPostgresIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProductionEnvironment production;

    @Test
    void hasNoMailboxAndSendsToTheConfiguredSmtpServer() {
        // given a node as production runs it
        var api = ApiClient.on(port);

        // when a report is filed
        var submitted = api.post(
                "/api/complaints",
                TestReports.healthComplaint("Nur Aisyah", "nur.aisyah@example.org", "+62 813 9090 1212"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        var trackingId = submitted.json().get("trackingId").asText();

        // then the job executor sends the receipt to the configured SMTP server, linking to the public address
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(production.smtp().getReceivedMessages())
                        .map(EMailDeliveries::readableText)
                        .anyMatch(text -> text.contains(trackingId)
                                && text.contains(ProductionEnvironment.PUBLIC_BASE_URL + "/laporan/" + trackingId)));

        // and no in-process SMTP server runs, and the mailbox does not exist, even for a system administrator
        assertThat(context.getBeansOfType(GreenMail.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedMailServer.Mailbox.class)).isEmpty();
        assertThat(api.as(ProductionEnvironment.ADMINISTRATOR, ProductionEnvironment.ADMINISTRATOR_PASSWORD)
                        .get("/staff/mailbox")
                        .status())
                .isEqualTo(404);
    }
}
