package id.aduan.complaint;

import static id.aduan.StaffTasks.completion;
import static id.aduan.StaffTasks.contextText;
import static id.aduan.StaffTasks.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.EMailDeliveries;
import id.aduan.StaffDesk;
import id.aduan.notification.EmbeddedMailServer;
import id.aduan.stats.StatisticsService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the verifier corrects at verification, through {@code /engine-rest} as Tasklist submits the form: the
 * anonymous and confidential flags (set, never cleared) and their effect on every door, the archive reason from the
 * list, and archiving a report as a duplicate of a similar open one, which its reporter then follows and the
 * statistics count once.
 */
@AduanIntegrationTest
class VerifierCorrectionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    StatisticsService statistics;

    @Autowired
    EmbeddedMailServer.Mailbox mailbox;

    private ApiClient api;
    private ApiClient verifier;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
        verifier = api.as("verifier", "demo");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Nested
    class AnonymousAndConfidential {

        @Test
        void marksAPublicReportAnonymousAndConfidentialAndEveryDoorKeepsItFromThePublicFromThenOn() {
            // given a public report by a named reporter, which anyone reads
            var filed = file(TestReports.roadComplaint());
            var trackingId = filed.trackingId();
            assertThat(api.get("/api/complaints/" + trackingId).status()).isEqualTo(200);
            var form = formVariables(trackingId);
            assertThat(form.get("anonymous").get("value").asBoolean()).isFalse();
            assertThat(form.get("confidential").get("value").asBoolean()).isFalse();

            // when the verifier verifies it, ticking anonymous and confidential
            var completed = complete(
                    trackingId,
                    Map.of(
                            "verificationDecision",
                            "VERIFY",
                            "complexity",
                            "SIMPLE",
                            "anonymous",
                            true,
                            "confidential",
                            true));

            // then the public sees nothing of it: API, page, list, Open311
            assertThat(completed.status()).as(completed.text()).isEqualTo(204);
            assertThat(api.get("/api/complaints/" + trackingId).status()).isEqualTo(404);
            assertThat(api.get("/laporan/" + trackingId).status()).isEqualTo(404);
            assertThat(api.get("/open311/v2/requests/" + trackingId + ".json").status())
                    .isEqualTo(404);
            // and the staff export has the flags and not the title
            var line = api.as("demo", "demo")
                    .get("/staff/reports.csv")
                    .text()
                    .lines()
                    .filter(row -> row.startsWith(trackingId))
                    .findFirst()
                    .orElseThrow();
            assertThat(line).endsWith(",true,true,").doesNotContain("Jalan rusak");
            // and the agency's e-mail says it is confidential
            EMailDeliveries.deliverQueued(management);
            var toAgency = EMailDeliveries.to(
                    mailbox.messages(), "dpupr-muba-officer@demo.aduan.invalid", trackingId + ": Laporan untuk");
            assertThat(toAgency).hasSize(1);
            assertThat(EMailDeliveries.readableText(toAgency.get(0)))
                    .contains("RAHASIA")
                    .doesNotContain("Budi");
            // and the reporter reads both changes on the timeline, without any detail of them
            var view = reporterView(filed);
            assertThat(view.get("anonymous").asBoolean()).isTrue();
            assertThat(view.get("confidential").asBoolean()).isTrue();
            var marked = entries(view, "MARKED_ANONYMOUS", "MARKED_CONFIDENTIAL");
            assertThat(marked).hasSize(2);
            assertThat(marked)
                    .allSatisfy(entry -> assertThat(entry.get("text").isNull()).isTrue());
            assertThat(marked.get(0).get("label").asText()).isEqualTo("Identitas pelapor dirahasiakan (anonim)");
            // and the agency's task form warns its officers
            var officer = api.as("dpupr-muba-officer", "demo");
            var task = onlyTask(officer, trackingId).get("id").asText();
            assertThat(contextText(
                            officer.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                                    .json(),
                            "confidentialityNotice"))
                    .startsWith("**RAHASIA**");
        }

        @Test
        void refusesToClearAFlagTheReporterSetAndKeepsTheTaskOpen() {
            // given a confidential, anonymous report
            var report = TestReports.roadComplaint();
            report.put("anonymous", true);
            report.put("confidential", true);
            var trackingId = file(report).trackingId();
            var form = formVariables(trackingId);
            assertThat(form.get("confidential").get("value").asBoolean()).isTrue();

            // when the verifier unticks confidential, or anonymous
            var publicAgain = complete(
                    trackingId,
                    Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "confidential", false));
            var named = complete(
                    trackingId, Map.of("verificationDecision", "DEFER", "infoRequest", "Di mana?", "anonymous", false));
            // or sends the flag as text
            var asText = complete(
                    trackingId,
                    Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE", "confidential", "false"));

            // then each is refused, naming the field, and nothing changed
            assertThat(publicAgain.status()).as(publicAgain.text()).isEqualTo(400);
            assertThat(publicAgain.json().get("message").asText())
                    .contains("confidential cannot be cleared: the report is confidential, and only its reporter may"
                            + " make it public");
            assertThat(named.status()).as(named.text()).isEqualTo(400);
            assertThat(named.json().get("message").asText()).contains("anonymous cannot be cleared");
            assertThat(asText.status()).as(asText.text()).isEqualTo(400);
            assertThat(asText.json().get("message").asText()).contains("confidential must be true or false");
            assertThat(onlyTask(verifier, trackingId).get("taskDefinitionKey").asText())
                    .isEqualTo("UserTask_VerifyComplaint");
            var stored = jdbc.queryForMap(
                    "select status, anonymous, confidential from complaint where tracking_id = ?", trackingId);
            assertThat(stored.get("status")).isEqualTo("SUBMITTED");
            assertThat(stored.get("anonymous")).isEqualTo(true);
            assertThat(stored.get("confidential")).isEqualTo(true);
        }
    }

    @Nested
    class ArchiveReasons {

        @Test
        void archivesForAReasonFromTheListWithTheVerifiersNoteOnThePublicTimelineAndInTheReportersEMail() {
            // given
            var report = TestReports.roadComplaint();
            report.put("reporter", Map.of("name", "Rini", "email", "rini.arsip@example.org"));
            var trackingId = file(report).trackingId();

            // when the verifier archives it without a reason from the list, or with one not on it
            var without =
                    complete(trackingId, Map.of("verificationDecision", "ARCHIVE", "archiveReason", "Terlalu umum."));
            var unknown =
                    complete(trackingId, Map.of("verificationDecision", "ARCHIVE", "archiveReasonCode", "BORING"));
            // and then with one
            var archived = complete(
                    trackingId,
                    Map.of(
                            "verificationDecision", "ARCHIVE",
                            "archiveReasonCode", "TOO_GENERAL",
                            "archiveReason", "Sebutkan ruas jalan dan desanya."));

            // then
            assertThat(without.status()).as(without.text()).isEqualTo(400);
            assertThat(without.json().get("message").asText())
                    .contains("archiveReasonCode is required: choose one of TOO_GENERAL, NOT_PUBLIC_SERVICE, UNCLEAR,"
                            + " DUPLICATE, OUT_OF_SCOPE");
            assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
            assertThat(archived.status()).as(archived.text()).isEqualTo(204);
            var publicView = api.get("/api/complaints/" + trackingId).json();
            assertThat(publicView.get("status").asText()).isEqualTo("ARCHIVED");
            assertThat(entries(publicView, "ARCHIVED").get(0).get("text").asText())
                    .isEqualTo("Terlalu umum — Sebutkan ruas jalan dan desanya.");
            assertThat(publicView.get("duplicateOf").isNull()).isTrue();
            assertThat(api.get("/laporan/" + trackingId).text()).contains("Terlalu umum — Sebutkan ruas jalan");
            assertThat(jdbc.queryForObject(
                            "select archive_reason from complaint where tracking_id = ?", String.class, trackingId))
                    .isEqualTo("TOO_GENERAL");
            EMailDeliveries.deliverQueued(management);
            var mails = EMailDeliveries.to(
                    mailbox.messages(), "rini.arsip@example.org", trackingId + ": Laporan Anda diarsipkan");
            assertThat(mails).hasSize(1);
            assertThat(EMailDeliveries.readableText(mails.get(0)))
                    .contains("Terlalu umum — Sebutkan ruas jalan dan desanya.", "mengirim laporan baru");
        }

        @Test
        void offersTheListInTheForm() throws Exception {
            var trackingId = file(TestReports.roadComplaint()).trackingId();

            var form = formVariables(trackingId);

            // the reasons are the form's own values; the similar reports its task's list (of none here, or some)
            assertThat(form.get("duplicateChoices").get("type").asText()).isEqualTo("Json");
            assertThat(JSON.readTree(form.get("duplicateChoices").get("value").asText())
                            .isArray())
                    .isTrue();
        }
    }

    @Nested
    class Duplicates {

        @Test
        void archivesADuplicateOfASimilarOpenReportWhoseReporterFollowsTheOriginalAndCountsTheMatterOnce()
                throws Exception {
            // given an open report about a closed health centre, verified and routed, filed in a year of its own
            EngineClock.now("2035-05-07T09:00");
            var first = TestReports.healthComplaint("Dewi", "dewi.asli@example.org", "+62 812 0000 1111");
            first.put("title", "Puskesmas Babat Toman tutup di jam layanan");
            var original = file(first).trackingId();
            verifyAndRoute(original);
            // and a second report about the same matter by another reporter (other tests file other health centres)
            var second = TestReports.healthComplaint("Sari", "sari.duplikat@example.org", "+62 812 0000 2222");
            second.put("title", "Puskesmas Babat Toman tutup lagi di jam layanan pagi");
            var duplicate = file(second);

            // when the verifier opens it, the form offers the original among the similar open reports
            var choices = JSON.readTree(formVariables(duplicate.trackingId())
                    .get("duplicateChoices")
                    .get("value")
                    .asText());
            assertThat(choices.findValuesAsText("value")).contains(original);
            assertThat(choices.findValuesAsText("label"))
                    .first()
                    .isEqualTo(original + " — Puskesmas Babat Toman tutup di jam layanan (Belum ditindaklanjuti)");

            // when the verifier names no report, the report itself, or a number that is none
            var none = archiveAsDuplicate(duplicate.trackingId(), "");
            var itself = archiveAsDuplicate(duplicate.trackingId(), duplicate.trackingId());
            var unknown = archiveAsDuplicate(duplicate.trackingId(), "ADU-0000-0000");
            // then each is refused, naming duplicateOf
            assertThat(none.json().get("message").asText()).contains("duplicateOf is required to archive a report");
            assertThat(itself.json().get("message").asText()).contains("duplicateOf cannot be the report itself");
            assertThat(unknown.json().get("message").asText())
                    .contains("duplicateOf 'ADU-0000-0000' is not a report's tracking ID");
            assertThat(List.of(none.status(), itself.status(), unknown.status()))
                    .containsOnly(400);

            // when the verifier archives it as a duplicate of the original
            var archived = archiveAsDuplicate(duplicate.trackingId(), original);

            // then its public view and page show the original and where it stands
            assertThat(archived.status()).as(archived.text()).isEqualTo(204);
            var publicView =
                    api.get("/api/complaints/" + duplicate.trackingId()).json();
            assertThat(publicView.get("status").asText()).isEqualTo("ARCHIVED");
            assertThat(publicView.get("duplicateOf").get("trackingId").asText()).isEqualTo(original);
            assertThat(publicView.get("duplicateOf").get("status").asText()).isEqualTo("FORWARDED");
            assertThat(entries(publicView, "ARCHIVED").get(0).get("text").asText())
                    .isEqualTo("Duplikat dari laporan lain: " + original);
            assertThat(api.get("/laporan/" + duplicate.trackingId()).text())
                    .contains("href=\"/laporan/" + original + "\"", "Belum ditindaklanjuti");
            // and its reporter is told by e-mail, with the original's public page
            EMailDeliveries.deliverQueued(management);
            var mails = EMailDeliveries.to(
                    mailbox.messages(),
                    "sari.duplikat@example.org",
                    duplicate.trackingId() + ": Laporan Anda diarsipkan");
            assertThat(mails).hasSize(1);
            assertThat(EMailDeliveries.readableText(mails.get(0)))
                    .contains(original, "/laporan/" + original, "dihitung satu kali")
                    .doesNotContain("Dewi", "dewi.asli");

            // when the agency answers the original
            new StaffDesk(tasks, identity).respond("DINKES-MUBA", original, "Jam layanan dipulihkan.");

            // then the duplicate's reporter sees the original's new status on their own page
            assertThat(reporterView(duplicate).get("duplicateOf").get("status").asText())
                    .isEqualTo("FOLLOWED_UP");

            // and the statistics count the matter once: the original received, the duplicate on its own line
            statistics.refresh();
            var national = api.get("/api/statistics?period=2035").json().get("national");
            assertThat(national.get("received").asLong()).isEqualTo(1);
            assertThat(national.get("archived").asLong()).isZero();
            assertThat(national.get("duplicates").asLong()).isEqualTo(1);
            assertThat(api.get("/statistik?period=2035").text()).contains("Duplikat: perkaranya dihitung sekali");

            // and a third report cannot follow the duplicate: the verifier is sent to the original
            var third = file(TestReports.healthComplaint("Tono", "tono@example.org", "+62 812 0000 3333"));
            var ofADuplicate = archiveAsDuplicate(third.trackingId(), duplicate.trackingId());
            assertThat(ofADuplicate.status()).isEqualTo(400);
            assertThat(ofADuplicate.json().get("message").asText())
                    .contains("is itself a duplicate of " + original + ": choose the report it repeats");
        }

        @Test
        void showsOnlyThatAConfidentialOriginalIsBeingHandled() {
            // given a confidential original and its duplicate
            var report = TestReports.healthComplaint("Wati", "wati@example.org", "+62 812 0000 4444");
            report.put("confidential", true);
            var original = file(report).trackingId();
            var duplicate = file(TestReports.healthComplaint("Yanto", "yanto.dup@example.org", "+62 812 0000 5555"));

            // when
            var archived = archiveAsDuplicate(duplicate.trackingId(), original);

            // then the public sees nothing of the original, not even its number; its reporter only its number
            assertThat(archived.status()).as(archived.text()).isEqualTo(204);
            var publicView =
                    api.get("/api/complaints/" + duplicate.trackingId()).json();
            assertThat(publicView.get("duplicateOf").get("confidential").asBoolean())
                    .isTrue();
            assertThat(publicView.get("duplicateOf").get("trackingId").isNull()).isTrue();
            assertThat(publicView.get("duplicateOf").get("status").isNull()).isTrue();
            var page = api.get("/laporan/" + duplicate.trackingId()).text();
            assertThat(page)
                    .contains("duplikat dari laporan rahasia: perkaranya sedang ditangani")
                    .doesNotContain("href=\"/laporan/" + original + "\"");
            var reporters = reporterView(duplicate).get("duplicateOf");
            assertThat(reporters.get("trackingId").asText()).isEqualTo(original);
            assertThat(reporters.get("status").isNull()).isTrue();
            EMailDeliveries.deliverQueued(management);
            var mail = EMailDeliveries.readableText(EMailDeliveries.to(
                            mailbox.messages(),
                            "yanto.dup@example.org",
                            duplicate.trackingId() + ": Laporan Anda diarsipkan")
                    .get(0));
            assertThat(mail).contains(original, "bersifat rahasia").doesNotContain("/laporan/" + original);
        }

        private void verifyAndRoute(String trackingId) {
            var verified = complete(trackingId, Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
            assertThat(verified.status()).as(verified.text()).isEqualTo(204);
        }

        private ApiClient.Response archiveAsDuplicate(String trackingId, String duplicateOf) {
            return complete(
                    trackingId,
                    Map.of(
                            "verificationDecision", "ARCHIVE",
                            "archiveReasonCode", "DUPLICATE",
                            "duplicateOf", duplicateOf));
        }
    }

    /** A report filed through the API, with its reporter's token. */
    private Filed file(Map<String, Object> report) {
        var response = api.post("/api/complaints", report);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return new Filed(
                response.json().get("trackingId").asText(),
                response.json().get("accessToken").asText());
    }

    private record Filed(String trackingId, String accessToken) {}

    private JsonNode reporterView(Filed filed) {
        return api.with("X-Access-Token", filed.accessToken())
                .get("/api/complaints/" + filed.trackingId())
                .json();
    }

    /** The verification task's variables as Tasklist reads them for Camunda Forms. */
    private JsonNode formVariables(String trackingId) {
        var task = onlyTask(verifier, trackingId).get("id").asText();
        return verifier.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                .json();
    }

    private ApiClient.Response complete(String trackingId, Map<String, ?> values) {
        var task = onlyTask(verifier, trackingId).get("id").asText();
        return verifier.post("/engine-rest/task/" + task + "/complete", completion(new HashMap<>(values)));
    }

    private static List<JsonNode> entries(JsonNode view, String... types) {
        var wanted = List.of(types);
        var found = new ArrayList<JsonNode>();
        view.get("timeline").forEach(entry -> {
            if (wanted.contains(entry.get("type").asText())) {
                found.add(entry);
            }
        });
        return found;
    }
}
