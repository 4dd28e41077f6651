package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import id.aduan.AduanIntegrationTest;
import id.aduan.Browser;
import id.aduan.StaffDesk;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen does on the pages alone what a reporter does through the API: files a report with a photo,
 * keeps the private link, follows the report with it, answers the agency's question, and accepts the
 * follow-up with a rating. Staff work as they would in Tasklist, through the engine's API.
 */
@AduanIntegrationTest
class ReporterJourneyIT {

    private static final String AGENCY = "DINKES-MUBA";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        staff = new StaffDesk(tasks, identity);
    }

    @Test
    void filesAReportWithAPhotoFollowsItWithThePrivateLinkAnswersAndAcceptsIt() {
        var photo = TestFiles.write(folder, "puskesmas-tutup.png", TestFiles.png());
        try (var browser = Browser.open()) {
            var driver = browser.driver();

            // given a citizen fills in the report form, with a photo
            driver.get(url("/lapor"));
            browser.click(By.cssSelector("input[name='type'][value='COMPLAINT']"));
            driver.findElement(By.id("title")).sendKeys("Puskesmas Sekayu tutup di jam layanan");
            driver.findElement(By.id("description"))
                    .sendKeys("Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu terakhir.");
            new Select(driver.findElement(By.id("categoryCode"))).selectByValue("HEALTH_FACILITY");
            new Select(driver.findElement(By.id("regionCode"))).selectByValue("16.06");
            driver.findElement(By.id("address")).sendKeys("Jl. Merdeka, Sekayu");
            driver.findElement(By.id("attachments")).sendKeys(photo.toString());
            driver.findElement(By.id("name")).sendKeys("Nur Hasanah");
            driver.findElement(By.id("email")).sendKeys("nur.hasanah@example.org");
            browser.screenshot("portal-1-report-form");

            // then every field can be reached by its label
            assertThat(browser.script(
                            "return [...document.querySelectorAll('form input:not([type=hidden]), form select,"
                                    + " form textarea')].filter(field => field.labels.length === 0).length"))
                    .isEqualTo(0L);

            // when the citizen sends it
            browser.click(By.cssSelector("form button[type='submit']"));

            // then the confirmation shows the tracking ID and the private link, once
            var trackingId = browser.waiting()
                    .until(presenceOfElementLocated(By.id("tracking-id")))
                    .getText();
            assertThat(trackingId).matches("ADU-[0-9A-Z]{4}-[0-9A-Z]{4}");
            var privateLink = driver.findElement(By.id("private-link")).getDomProperty("value");
            assertThat(privateLink).startsWith(url("/laporan/" + trackingId + "?token="));
            browser.screenshot("portal-2-confirmation");

            // when someone else opens the report's page
            driver.manage().deleteAllCookies();
            driver.get(url("/laporan/" + trackingId));

            // then they see the public view, without the reporter
            assertThat(driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Puskesmas Sekayu tutup di jam layanan");
            assertThat(driver.getPageSource()).doesNotContain("Nur Hasanah", "nur.hasanah@example.org");

            // when the reporter opens the private link
            driver.get(privateLink);

            // then the token leaves the address bar, and the page shows the reporter's view and the photo
            browser.waiting().until(presenceOfElementLocated(By.id("as-reporter")));
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/laporan/" + trackingId));
            assertThat(driver.getPageSource()).contains("Nur Hasanah", "Verifikasi paling lambat");
            var photoWidth = "var photo = document.querySelector('.attachments img');"
                    + " return photo.complete ? photo.naturalWidth : -1";
            browser.waiting().until(loaded -> !Long.valueOf(-1).equals(browser.script(photoWidth)));
            assertThat(browser.script(photoWidth)).isEqualTo(64L);
            browser.screenshot("portal-3-reporter-view");

            // when the report is verified and the health office asks for information
            staff.verify(trackingId);
            staff.requestInformation(AGENCY, trackingId, "Pada jam berapa saja puskesmas tutup?");
            driver.navigate().refresh();

            // then the reporter reads the question and answers it with the keyboard
            browser.waiting()
                    .until(textToBePresentInElementLocated(By.id("answer"), "Pada jam berapa saja puskesmas tutup?"));
            browser.screenshot("portal-4-information-requested");
            var answer = driver.findElement(By.id("message"));
            answer.sendKeys("Tutup dari pukul 08.00 sampai 10.00 setiap hari.");
            answer.sendKeys(Keys.TAB, Keys.ENTER);
            browser.waiting()
                    .until(textToBePresentInElementLocated(By.cssSelector("[role='status']"), "Pesan Anda terkirim"));
            assertThat(driver.findElement(By.cssSelector(".timeline")).getText())
                    .contains("Tutup dari pukul 08.00 sampai 10.00 setiap hari.");
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(trackingId)
                            .taskDefinitionKey("UserTask_FollowUpComplaint")
                            .count())
                    .as("the agency's follow-up task is back")
                    .isEqualTo(1);

            // when the health office answers
            staff.respond(AGENCY, trackingId, "Jadwal jaga pagi sudah diperbaiki sejak Senin.");
            driver.navigate().refresh();

            // then the reporter accepts the follow-up and rates it
            browser.waiting().until(presenceOfElementLocated(By.id("respond")));
            assertThat(driver.findElement(By.cssSelector(".timeline")).getText())
                    .contains("Jadwal jaga pagi sudah diperbaiki sejak Senin.");
            browser.click(By.cssSelector("input[name='rating'][value='4']"));
            driver.findElement(By.id("comment")).sendKeys("Terima kasih, sudah buka pagi.");
            browser.screenshot("portal-5-respond-to-follow-up");
            browser.click(By.xpath("//form[contains(@action, '/terima')]//button"));

            // and the report is completed with the rating
            browser.waiting()
                    .until(textToBePresentInElementLocated(By.cssSelector("[role='status']"), "laporan ini selesai"));
            assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Selesai");
            assertThat(driver.getPageSource()).contains("4 dari 5");
            browser.screenshot("portal-6-completed");
            assertThat(jdbc.queryForMap("select status, rating from complaint where tracking_id = ?", trackingId))
                    .containsEntry("STATUS", "COMPLETED")
                    .containsEntry("RATING", 4);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
