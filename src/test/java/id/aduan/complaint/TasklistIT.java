package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.Browser;
import id.aduan.StaffTasks;
import id.aduan.integration.IntegrationService;
import id.aduan.portal.TestFiles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The verifier and the agency's officer work on a complaint in Camunda Tasklist, with Aduan's forms. */
@AduanIntegrationTest
class TasklistIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ComplaintService complaints;

    @Autowired
    IntegrationService integrations;

    @Autowired
    IdentityService identity;

    @Test
    void verifierAndOfficerCompleteTheirTasksInTasklist() {
        // given a complaint that the partner system Senjang Muba filed, with a photo whose file name names the reporter
        var submitted = complaints.submit(
                TestReports.filedBy(
                        "Senjang Muba",
                        integrations,
                        TestReports.healthReport(
                                new Reporter("Dewi Lestari", "dewi@example.org", "+62 815 5555 6666"), false, false)),
                List.of(new NewAttachment("Dewi Lestari.png", TestFiles.png())));
        var trackingId = submitted.trackingId();
        var photo = ((ReporterComplaintView) complaints.view(trackingId, submitted.accessToken()))
                .attachments()
                .get(0);

        try (var browser = Browser.open()) {
            // when the verifier opens the task in Tasklist
            signIn(browser, "verifier");
            openTask(browser, trackingId);
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), trackingId));
            var form = browser.driver()
                    .findElement(By.cssSelector(".fjs-container"))
                    .getText();
            browser.screenshot("tasklist-verify-complaint");

            // then the form shows the report and the channel it came through, but not the reporter
            assertThat(form)
                    .contains(
                            "Puskesmas Sekayu tutup di jam layanan",
                            // the texts of the task's context, through {{context.description}} and the like
                            "Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu terakhir.",
                            "Kategori (category): Pelayanan puskesmas dan rumah sakit",
                            "Dinas Kesehatan Kabupaten Musi Banyuasin",
                            "Diterima melalui (channel): Senjang Muba");
            assertThat(browser.driver().getPageSource()).doesNotContain("Dewi Lestari", "dewi@example.org");

            // when the verifier claims and verifies it
            claim(browser);
            choose(browser, "(verify and route)");

            // then the report's title, category and region are prefilled, the category from a list
            assertThat(field(browser, "Field_CorrectedTitle").getDomProperty("value"))
                    .isEqualTo("Puskesmas Sekayu tutup di jam layanan");
            assertThat(field(browser, "Field_CorrectedCategoryCode").getDomProperty("value"))
                    .isEqualTo("Kesehatan › Pelayanan puskesmas dan rumah sakit (HEALTH_FACILITY)");
            assertThat(field(browser, "Field_CorrectedRegionCode").getDomProperty("value"))
                    .isEqualTo("Sumatera Selatan › Kabupaten Musi Banyuasin (16.06)");

            // when the verifier corrects the title and picks the category's group by searching for it (which the
            // routing rules send to the same health office)
            field(browser, "Field_CorrectedTitle")
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Puskesmas Sekayu tutup tanpa pemberitahuan");
            field(browser, "Field_CorrectedCategoryCode").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kesehatan");
            browser.click(By.xpath(
                    "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Kesehatan (HEALTH)']"));
            browser.screenshot("tasklist-verify-complaint-corrections");
            complete(browser);
            browser.waiting()
                    .until(driver -> tasks.createTaskQuery()
                                    .processInstanceBusinessKey(trackingId)
                                    .taskDefinitionKey("UserTask_FollowUpComplaint")
                                    .count()
                            == 1);

            // then the report has them
            var corrected = (ReporterComplaintView) complaints.view(trackingId, submitted.accessToken());
            assertThat(corrected.title()).isEqualTo("Puskesmas Sekayu tutup tanpa pemberitahuan");
            assertThat(corrected.category().code()).isEqualTo("HEALTH");
            assertThat(corrected.timeline())
                    .extracting(TimelineEntryView::text)
                    .contains("Pelayanan puskesmas dan rumah sakit → Kesehatan");

            // and the agency's officer claims and answers it
            signOut(browser);
            signIn(browser, "dinkes-muba-officer");
            openTask(browser, trackingId);
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), trackingId));
            // then the form links the photo, by number, and it opens with the officer's Tasklist sign-in
            var link = browser.driver()
                    .findElement(By.cssSelector(".fjs-container a[href='/staff/reports/" + trackingId + "/attachments/"
                            + photo.id() + "']"));
            assertThat(link.getText()).contains("Lampiran 1");
            // and the report's history, from the task's context
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".fjs-container"))
                            .getText())
                    .contains("Laporan diterima", "Judul diubah", "Laporan diteruskan ke instansi");
            assertThat(browser.driver().getPageSource()).doesNotContain("Dewi Lestari");
            assertThat(((JavascriptExecutor) browser.driver())
                            .executeAsyncScript(
                                    "const done = arguments[arguments.length - 1];"
                                            + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                                            + " e => done(String(e)));",
                                    link.getAttribute("href")))
                    .isEqualTo("200 image/png");

            claim(browser);
            choose(browser, "(respond)");
            browser.driver()
                    .findElement(By.cssSelector(".fjs-container textarea"))
                    .sendKeys("Jam layanan sudah normal kembali.");
            browser.screenshot("tasklist-follow-up-complaint");
            completeTheLastTask(browser, trackingId);
        }

        // then the reporter can accept the follow-up
        var reporter = ApiClient.on(port).with("X-Access-Token", submitted.accessToken());
        var accepted = reporter.post("/api/complaints/" + trackingId + "/acceptance", Map.of("rating", 5));
        assertThat(accepted.json().get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void verifierArchivesADuplicateOfASimilarReportAndMarksItAnonymousInTasklist() {
        // given an open report and a second one about the same health centre
        var api = ApiClient.on(port);
        var first = TestReports.healthComplaint("Ani", "ani@example.org", "+62 812 7000 0001");
        first.put("title", "Puskesmas Lubuk Lancang tutup siang hari");
        var original =
                api.post("/api/complaints", first).json().get("trackingId").asText();
        var second = TestReports.healthComplaint("Bayu", "bayu@example.org", "+62 812 7000 0002");
        second.put("title", "Puskesmas Lubuk Lancang tutup lagi");
        var filed = api.post("/api/complaints", second).json();
        var trackingId = filed.get("trackingId").asText();

        try (var browser = Browser.open()) {
            // when the verifier archives it as a duplicate of the report the form offers, ticking anonymous
            signIn(browser, "verifier");
            openTask(browser, trackingId);
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), trackingId));
            claim(browser);
            choose(browser, "(anonymous)");
            choose(browser, "(archive)");
            browser.click(By.xpath("//input[contains(@id,'-Field_ArchiveReasonCode')]/.."));
            browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')]"
                    + "[normalize-space()='Duplikat dari laporan lain (duplicate of another report)']"));
            field(browser, "Field_DuplicateOf").click();
            browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(), '"
                    + original + " — Puskesmas Lubuk Lancang tutup siang hari')]"));
            browser.screenshot("tasklist-verify-complaint-duplicate");
            completeTheLastTask(browser, trackingId);
        }

        // then it is archived as a duplicate of the original, anonymous, and its public page follows the original
        var reporters = api.with("X-Access-Token", filed.get("accessToken").asText())
                .get("/api/complaints/" + trackingId)
                .json();
        assertThat(reporters.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(reporters.get("anonymous").asBoolean()).isTrue();
        assertThat(reporters.get("confidential").asBoolean()).isFalse();
        assertThat(reporters.get("duplicateOf").get("trackingId").asText()).isEqualTo(original);
        assertThat(api.get("/laporan/" + trackingId).text()).contains("href=\"/laporan/" + original + "\"");
    }

    @Test
    void aGovernmentsCoordinatorDispatchesAndItsLiaisonOfficerApprovesInTasklist() {
        // given a health complaint that the verifier routes to the regency government of Musi Banyuasin, whose liaison
        // officer approves its units' answers (demo data)
        var trackingId = complaints
                .submit(TestReports.healthReport(new Reporter("Dewi Lestari", "dewi@example.org", null), false, false))
                .trackingId();
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                "verifier",
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "agencyCode", "PEMKAB-MUBA"));

        try (var browser = Browser.open()) {
            // when the regency's coordinator opens the dispatch task, claims it and dispatches to two units
            signIn(browser, "pemkab-muba-officer");
            openTask(browser, onlyTask(trackingId, "UserTask_DispatchComplaint"));
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), trackingId));
            claim(browser);
            choose(browser, "(dispatch to units)");
            choose(browser, "Dinas Kesehatan Kabupaten Musi Banyuasin");
            choose(browser, "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Musi Banyuasin");
            browser.driver()
                    .findElement(By.cssSelector(".fjs-container textarea[id$='-Field_DispatchNote']"))
                    .sendKeys("Mohon dijawab sesuai bidang masing-masing.");
            browser.screenshot("tasklist-dispatch-complaint");
            complete(browser);
            browser.waiting()
                    .until(driver -> tasks.createTaskQuery()
                                    .processInstanceBusinessKey(trackingId)
                                    .taskDefinitionKey("UserTask_DraftAnswer")
                                    .count()
                            == 2);

            // then each unit drafts (here through the engine's API)
            var drafts = tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .taskDefinitionKey("UserTask_DraftAnswer")
                    .list();
            for (var draft : drafts) {
                assertThat(tasks.getVariableLocal(draft.getId(), "coordinatorNote"))
                        .isEqualTo("Mohon dijawab sesuai bidang masing\\-masing\\.");
                tasks.complete(
                        draft.getId(),
                        Map.of("unitAnswer", "Jawaban " + tasks.getVariableLocal(draft.getId(), "unitName")));
            }

            // when the liaison officer approves one draft and returns the other with a reason
            signOut(browser);
            signIn(browser, "pemkab-muba-liaison");
            var approvals = tasks.createTaskQuery()
                    .processInstanceBusinessKey(trackingId)
                    .taskDefinitionKey("UserTask_ApproveAnswer")
                    .orderByTaskId()
                    .asc()
                    .list();
            assertThat(approvals).hasSize(2);
            openTask(browser, approvals.get(0));
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Jawaban Dinas"));
            assertThat(browser.driver().getPageSource()).doesNotContain("Dewi Lestari", "dewi@example.org");
            claim(browser);
            choose(browser, "(approve)");
            browser.screenshot("tasklist-approve-answer");
            complete(browser);
            browser.waiting()
                    .until(driver -> tasks.createTaskQuery()
                                    .taskId(approvals.get(0).getId())
                                    .count()
                            == 0);
            openTask(browser, approvals.get(1));
            browser.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "Jawaban Dinas"));
            claim(browser);
            choose(browser, "(return)");
            browser.driver()
                    .findElement(By.cssSelector(".fjs-container textarea[id$='-Field_ReturnReason']"))
                    .sendKeys("Sebutkan tanggal selesai.");
            complete(browser);
            browser.waiting()
                    .until(driver -> tasks.createTaskQuery()
                                    .processInstanceBusinessKey(trackingId)
                                    .taskDefinitionKey("UserTask_DraftAnswer")
                                    .count()
                            == 1);
        }

        // then the returned unit drafts again, reading why, while the approved one is done
        var redraft = onlyTask(trackingId, "UserTask_DraftAnswer");
        assertThat(tasks.getVariableLocal(redraft.getId(), "returnedBecause")).isEqualTo("Sebutkan tanggal selesai\\.");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingId)
                        .count())
                .isEqualTo(1);
    }

    private Task onlyTask(String trackingId, String taskDefinitionKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    private void openTask(Browser browser, Task task) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    }

    private void signIn(Browser browser, String user) {
        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.waiting()
                .until(presenceOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.driver()
                .findElement(By.cssSelector("input[ng-model='password']"))
                .sendKeys("demo");
        browser.driver()
                .findElement(By.cssSelector("input[ng-model='password']"))
                .submit();
        browser.waiting().until(invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    }

    private void signOut(Browser browser) {
        browser.driver().manage().deleteAllCookies();
    }

    private void openTask(Browser browser, String trackingId) {
        openTask(
                browser,
                tasks.createTaskQuery().processInstanceBusinessKey(trackingId).singleResult());
    }

    private static void claim(Browser browser) {
        browser.click(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']"));
        browser.waiting()
                .until(driver -> driver.findElements(By.xpath("//*[normalize-space()='Claim']"))
                        .isEmpty());
    }

    /** Clicks the radio button of a form-js radio group by the text of its label. */
    private static void choose(Browser browser, String label) {
        browser.click(By.xpath(
                "//div[contains(@class,'fjs-container')]//label[contains(normalize-space(), '" + label + "')]"));
    }

    /** A field of the form by its id in the .form file (form-js prefixes it with the form's instance). */
    private static WebElement field(Browser browser, String id) {
        return browser.driver().findElement(By.cssSelector(".fjs-container input[id$='-" + id + "']"));
    }

    /** Completes the report's last task, and waits until it has none left. */
    private void completeTheLastTask(Browser browser, String trackingId) {
        complete(browser);
        browser.waiting()
                .until(driver -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(trackingId)
                                .count()
                        == 0);
    }

    private static void complete(Browser browser) {
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
    }
}
