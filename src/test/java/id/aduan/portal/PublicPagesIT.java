package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import id.aduan.AduanIntegrationTest;
import id.aduan.Browser;
import id.aduan.StaffDesk;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.stats.Level;
import id.aduan.stats.Period;
import id.aduan.stats.StatisticsService;
import java.util.ArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What anyone reads without a report of their own, in a browser: the public list with its filters and pages,
 * an agency's numbers, and the home page on a phone and with the keyboard.
 */
@AduanIntegrationTest
class PublicPagesIT {

    /** Transport in Kota Jayapura: no other test files such reports, so the list's counts are exact. */
    private static final String CATEGORY = "TRANSPORT";

    private static final String REGION = "91.71";
    private static final String REGIONAL_GOVERNMENT = "PEMKOT-JAYAPURA";

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    StatisticsService statistics;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Test
    void listsPublicReportsByFilterAndPageAndShowsEachAgencysNumbers() {
        // given twelve public reports about transport in Jayapura, one of them verified, and a confidential one
        var trackingIds = new ArrayList<String>();
        for (var i = 1; i <= 12; i++) {
            trackingIds.add(file("Angkot trayek " + i + " tidak beroperasi", false));
        }
        file("Pungutan liar di terminal Entrop", true);
        new StaffDesk(tasks, identity).verify(trackingIds.get(0));

        try (var browser = Browser.open()) {
            var driver = browser.driver();

            // when a reader filters the list by category and region
            driver.get(url("/laporan"));
            new Select(driver.findElement(By.id("kategori"))).selectByValue(CATEGORY);
            new Select(driver.findElement(By.id("wilayah"))).selectByValue(REGION);
            browser.click(By.cssSelector("form.filters button"));
            browser.waiting().until(urlContains("wilayah=" + REGION));

            // then the first page shows ten of the twelve public reports, newest first, and no confidential one
            assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo("12 laporan");
            assertThat(titles(browser)).hasSize(10).first().isEqualTo("Angkot trayek 12 tidak beroperasi");
            assertThat(driver.getPageSource()).doesNotContain("Pungutan liar");
            browser.screenshot("portal-7-public-list");

            // when the reader goes to the next page
            browser.click(By.cssSelector("a[rel='next']"));
            browser.waiting().until(urlContains("sebelum="));

            // then the last two follow, and the filters stay
            assertThat(titles(browser))
                    .containsExactly("Angkot trayek 2 tidak beroperasi", "Angkot trayek 1 tidak beroperasi");
            assertThat(new Select(driver.findElement(By.id("wilayah")))
                            .getFirstSelectedOption()
                            .getDomAttribute("value"))
                    .isEqualTo(REGION);

            // when the reader narrows the list to the reports waiting for an agency
            new Select(driver.findElement(By.id("status"))).selectByValue("FORWARDED");
            browser.click(By.cssSelector("form.filters button"));
            browser.waiting().until(urlContains("status=FORWARDED"));

            // then only the verified one is left, with the agency that answers it
            assertThat(titles(browser)).containsExactly("Angkot trayek 1 tidak beroperasi");
            assertThat(driver.findElement(By.cssSelector(".reports")).getText())
                    .contains("Belum ditindaklanjuti", "Pemerintah Kota Jayapura");

            // when the reader opens the agency's page from the report, once the figures took the report in
            statistics.refresh();
            browser.click(By.xpath("//ul[@class='reports']//a"));
            browser.click(By.linkText("Pemerintah Kota Jayapura"));
            browser.waiting().until(textToBePresentInElementLocated(By.tagName("h1"), "Pemerintah Kota Jayapura"));

            // then it shows the agency's published numbers
            var counts = statistics
                    .figures(Level.AGENCY, REGIONAL_GOVERNMENT, Period.year(statistics.currentYear()))
                    .counts();
            assertThat(counts.notYetFollowedUp()).isGreaterThanOrEqualTo(1);
            assertThat(number(browser, "Diterima")).isEqualTo(String.valueOf(counts.received()));
            assertThat(number(browser, "Belum ditindaklanjuti")).isEqualTo(String.valueOf(counts.notYetFollowedUp()));
            assertThat(number(browser, "Selesai")).isEqualTo(String.valueOf(counts.completed()));
            assertThat(number(browser, "Melewati batas waktu")).isEqualTo(String.valueOf(counts.overdue()));
            browser.screenshot("portal-8-agency");
        }
    }

    @Test
    void fitsAPhoneAndWorksWithTheKeyboardInBothLanguages() {
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844));

            // when a reader opens the home page on a phone
            driver.get(url("/"));

            // then nothing is wider than the screen
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) browser.script("return document.documentElement.clientWidth"));
            browser.screenshot("portal-9-home-phone");

            // when the reader uses the keyboard: the first stop skips to the content
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Langsung ke isi halaman");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");

            // when the reader switches to English
            browser.click(By.linkText("English"));
            browser.waiting().until(textToBePresentInElementLocated(By.tagName("h1"), "Report a problem"));

            // then the page says so, and the report form on a phone fits too
            assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                    .isEqualTo("en");
            driver.get(url("/lapor"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("File a report");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo((Long) browser.script("return document.documentElement.clientWidth"));
            browser.screenshot("portal-10-report-form-phone-english");
        }
    }

    private String file(String title, boolean confidential) {
        return complaints
                .submit(new NewComplaint(
                        ReportType.COMPLAINT,
                        title,
                        "Sejak awal bulan tidak ada angkutan kota di trayek ini pada pagi hari.",
                        CATEGORY,
                        REGION,
                        null,
                        null,
                        null,
                        true,
                        confidential,
                        Language.ID,
                        Channel.WEB,
                        null))
                .trackingId();
    }

    private static java.util.List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".reports h3")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The number shown above a label on the page's statistics. */
    private static String number(Browser browser, String label) {
        return browser.driver()
                .findElement(By.xpath("//ul[@class='stats']/li[span[@class='what' and normalize-space()='" + label
                        + "']]/span[@class='number']"))
                .getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
