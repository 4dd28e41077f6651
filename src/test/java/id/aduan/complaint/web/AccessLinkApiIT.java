package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.complaint.TestReports;
import id.aduan.notification.EmbeddedMailServer;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/complaints/{trackingId}/access-link}: a reporter whose link expired or got lost gets a new one by
 * e-mail, at the address they gave with the report and nowhere else, and the answer never tells whether the address
 * was the reporter's.
 */
@AduanIntegrationTest
class AccessLinkApiIT {

    private static final String NAME = "Rahmat Hidayat";
    private static final String EMAIL = "Rahmat.Hidayat@example.org";
    private static final String PHONE = "+62 812 7777 1111";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void sendsAWorkingLinkToTheReportersAddressAndTheSameAnswerToAnyOther() {
        // given a report whose receipt went out
        var trackingId = file(false);
        EMailDeliveries.deliverQueued(management);

        // when someone asks with another address, then the reporter with theirs in other letter case
        var stranger = requestLink(trackingId, "tetangga@example.org");
        var reporter = requestLink(trackingId, "rahmat.hidayat@EXAMPLE.org");
        EMailDeliveries.deliverOnceQueued(jdbc, management, trackingId, "ACCESS_LINK", 1);

        // then both get the same answer, which says nothing of the reporter
        assertThat(stranger.status()).isEqualTo(202);
        assertThat(reporter.status()).isEqualTo(202);
        assertThat(stranger.text()).isEqualTo(reporter.text()).doesNotContain(NAME, EMAIL, PHONE, "Rahmat");
        assertThat(stranger.json().get("message").asText()).startsWith("If this is the e-mail address");
        // and only the reporter got an e-mail, whose link opens the reporter's view
        assertThat(EMailDeliveries.to(mailbox.messages(), "tetangga@example.org", trackingId))
                .isEmpty();
        var mails = EMailDeliveries.to(mailbox.messages(), EMAIL, trackingId + ": Tautan pribadi baru");
        assertThat(mails).hasSize(1);
        var view = api.with("X-Access-Token", EMailDeliveries.reporterToken(mails.get(0)))
                .get("/api/complaints/" + trackingId);
        assertThat(view.json().get("reporter").get("name").asText()).isEqualTo(NAME);
    }

    @Test
    void answersTheSameForAConfidentialReportAndForNoReportAtAll() {
        // given a confidential report, whose public view is 404
        var trackingId = file(true);
        assertThat(api.get("/api/complaints/" + trackingId).status()).isEqualTo(404);

        // when someone asks about a report that does not exist, and the confidential report's reporter for a new link
        var forNone = requestLink("ADU-ZZZZ-ZZZZ", EMAIL);
        var forReport = requestLink(trackingId, EMAIL);
        EMailDeliveries.deliverOnceQueued(jdbc, management, trackingId, "ACCESS_LINK", 1);

        // then both get the same answer
        assertThat(forReport.status()).isEqualTo(202);
        assertThat(forNone.status()).isEqualTo(202);
        assertThat(forReport.text()).isEqualTo(forNone.text());
        // and the reporter's new link opens the confidential report
        var mails = EMailDeliveries.to(mailbox.messages(), EMAIL, trackingId + ": Tautan pribadi baru");
        assertThat(mails).hasSize(1);
        var view = api.with("X-Access-Token", EMailDeliveries.reporterToken(mails.get(0)))
                .get("/api/complaints/" + trackingId);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("confidential").asBoolean()).isTrue();
    }

    @Test
    void refusesSomethingThatIsNoAddressNamingTheField() {
        var trackingId = file(false);

        var answer = requestLink(trackingId, "not an address");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field")).containsExactly("email");
    }

    private String file(boolean confidential) {
        var report = TestReports.healthComplaint(NAME, EMAIL, PHONE);
        report.put("confidential", confidential);
        return api.post("/api/complaints", report).json().get("trackingId").asText();
    }

    private ApiClient.Response requestLink(String trackingId, String email) {
        return api.post("/api/complaints/" + trackingId + "/access-link", Map.of("email", email));
    }
}
