package id.aduan.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.Browser;
import id.aduan.EMailDeliveries;
import id.aduan.complaint.TestReports;
import id.aduan.notification.EmbeddedMailServer;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A staff e-mail links straight to the task it is about, for the staff member whose task it is. */
@AduanIntegrationTest
class StaffTaskLinkIT {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    @Test
    void theAgencysEMailOpensItsTaskInTasklistAfterSigningInAndAnotherAgencyFindsNoTask() {
        // given a road complaint verified and routed to the public works office, whose officers are told by e-mail
        var api = ApiClient.on(port);
        var trackingId = TestReports.filedAndVerified(api, TestReports.roadComplaint());
        EMailDeliveries.deliverQueued(management);
        var task =
                tasks.createTaskQuery().processInstanceBusinessKey(trackingId).singleResult();

        // when the officer reads the e-mail
        var mails = EMailDeliveries.to(mailbox.messages(), "dpupr-muba-officer@demo.aduan.invalid", trackingId + ":");
        assertThat(mails).hasSize(1);
        var link = Pattern.compile("https?://[^/\\s\"]+(/staff/tasks/" + trackingId + ")\\b")
                .matcher(EMailDeliveries.readableText(mails.get(0)));

        // then it links to the report's task
        assertThat(link.find()).as("a link to the task").isTrue();
        var path = link.group(1);

        // and the link leads the officer to the task in Tasklist, another agency's officer to no task, and someone
        // not signed in to the sign-in, which leads back to it
        var followed = api.as("dpupr-muba-officer", "demo").get(path);
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.header("Location")).endsWith("/camunda/app/tasklist/default/#/?task=" + task.getId());
        var stranger = api.as("dinkes-muba-officer", "demo").get(path);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.text())
                .contains("Tidak ada tugas terbuka untuk Anda")
                .doesNotContain(task.getId());
        var anonymous = api.get(path);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/staff/sign-in?next=%2Fstaff%2Ftasks%2F" + trackingId);

        // when the officer follows it in a browser and signs in
        try (var browser = Browser.open()) {
            browser.driver().get("http://localhost:" + port + path);
            // (another account: after a wrong password the engine refuses the account's sign-ins for a few seconds)
            signIn(browser, "pln-officer", "wrong");
            assertThat(browser.waiting()
                            .until(presenceOfElementLocated(By.cssSelector("[role=alert]")))
                            .getText())
                    .contains("salah");
            signIn(browser, "dpupr-muba-officer", "demo");

            // then Tasklist shows the task's form without asking again
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), trackingId));
            assertThat(browser.driver().getCurrentUrl()).contains("#/?task=" + task.getId());
            // and its card in the list shows the report's tracking ID and title, and the agency when unfolded
            var card = browser.waiting()
                    .until(presenceOfElementLocated(
                            By.xpath("//li[contains(@class,'task')][.//*[normalize-space()='" + trackingId + "']]")));
            assertThat(card.getText()).contains("ID pelacakan", trackingId, "Judul", "Jalan rusak di Sekayu");
            card.findElement(By.cssSelector(".shutter")).click();
            browser.waiting().until(driver -> card.getText().contains("Dinas Pekerjaan Umum dan Penataan Ruang"));
            browser.screenshot("staff-task-link");
        }
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.waiting().until(presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("password")).submit();
    }
}
