package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.StaffTasks;
import id.aduan.complaint.process.AgencyFollowUpProcess;
import id.aduan.complaint.process.ComplaintHandlingProcess;
import id.aduan.integration.process.WebhookDeliveryProcess;
import id.aduan.stats.StatisticsService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The handling side of two connected installations: another Aduan installation, connected here as an integration of
 * kind ADUAN_INSTALLATION, forwards reports with its key through the partner API, naming the agency it routed each to;
 * the report goes to that agency, straight or through verification as this installation's record of the other one
 * says. Every call is real HTTP to the application under test.
 */
@AduanIntegrationTest
class InstallationHandlingIT {

    static final String AGENCY = "DPUPR-MUBA";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    StatisticsService statistics;

    private final WebhookReceiver receiver = new WebhookReceiver();
    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.on(port).as("demo", "demo");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        ClockUtil.reset();
    }

    @Test
    void aForwardedReportGoesStraightToTheAgencyNamedWhenTheInstallationsReportsSkipVerification() {
        // given another installation whose reports skip verification here
        var origin = connectInstallation(true, List.of());
        var reference = "ADU-ORIG-" + suffix();

        // when it forwards a report routed there to the public works office
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, AGENCY, false));

        // then the report is the agency's at once, without verification, under the origin's name and tracking ID
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        assertThat(filed.json().get("status").asText()).isEqualTo("FORWARDED");
        assertThat(filed.json().get("verificationDue").isNull()).isTrue();
        var report = jdbc.queryForMap(
                "select status, requested_agency_code, forwarded, verification_skipped, reporter_name"
                        + " from complaint where tracking_id = ?",
                trackingId);
        assertThat(report)
                .containsEntry("STATUS", "FORWARDED")
                .containsEntry("REQUESTED_AGENCY_CODE", AGENCY)
                .containsEntry("FORWARDED", true)
                .containsEntry("VERIFICATION_SKIPPED", true);
        assertThat(report.get("REPORTER_NAME")).isNull();
        assertThat(assignedAgencies(trackingId)).containsExactly(AGENCY);
        assertThat(taskKeys(trackingId)).doesNotContain(ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT);
        assertThat(officerTask(trackingId)).isNotNull();

        // and the origin reads the receipt first, then the routing, with its tracking ID on each event
        var timeline =
                origin.api().get(PartnerApiIT.REPORTS + "/" + trackingId).json().get("timeline");
        assertThat(timeline.get(0).get("text").asText())
                .isEqualTo("Diteruskan dari " + origin.name() + ", " + reference);
        var events = feed(origin.api());
        assertThat(events.stream().map(event -> event.get("type").asText()).toList())
                .startsWith("report.submitted", "report.routed");
        assertThat(events)
                .allSatisfy(event -> assertThat(
                                event.get("data").get("externalReference").asText())
                        .isEqualTo(reference));

        // and a retry gets the same report back
        var retry = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, AGENCY, false));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingId").asText()).isEqualTo(trackingId);
    }

    @Test
    void aForwardedReportForAGovernmentGoesToItsCoordinatorToDispatchToItsUnits() {
        // given another installation whose reports skip verification here
        var origin = connectInstallation(true, List.of());

        // when it forwards a report routed there to the regency's government
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded("ADU-ORIG-" + suffix(), "PEMKAB-MUBA", false));

        // then the government's coordinator dispatches it to its units, as for any report routed to it
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        var dispatch = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskCandidateGroup("pemkab-muba-officers")
                .singleResult();
        assertThat(dispatch).isNotNull();
        assertThat(dispatch.getTaskDefinitionKey()).isEqualTo(AgencyFollowUpProcess.USER_TASK_DISPATCH_COMPLAINT);
        assertThat(dispatch.getDueDate()).isNotNull();
    }

    @Test
    void theOpenApiDocumentDescribesTheAgencyAnotherInstallationNames() {
        var document = ApiClient.on(port).get("/v3/api-docs").json();

        var agencyCode = document.findValue("PartnerReport").get("properties").get("agencyCode");
        assertThat(agencyCode.get("description").asText()).contains("ADUAN_INSTALLATION", "409");
    }

    @Test
    void aForwardedReportIsVerifiedWithTheAgencyNamedPreselectedWhenTheInstallationsReportsDoNotSkipIt() {
        // given another installation whose reports are verified here
        var origin = connectInstallation(false, List.of());

        // when it forwards a report for the public works office
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded("ADU-ORIG-" + suffix(), AGENCY, false));

        // then it waits for verification, which the agency may do too, and goes to that agency when verified
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        assertThat(filed.json().get("status").asText()).isEqualTo("SUBMITTED");
        var verification = tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskDefinitionKey(ComplaintHandlingProcess.USER_TASK_VERIFY_COMPLAINT)
                .taskCandidateGroup(AGENCY.toLowerCase(Locale.ROOT) + "-officers")
                .singleResult();
        assertThat(verification).isNotNull();
        new StaffDesk(tasks, identity).verify(trackingId);
        assertThat(assignedAgencies(trackingId)).containsExactly(AGENCY);
        assertThat(officerTask(trackingId)).isNotNull();
    }

    @Test
    void onlyAnotherInstallationNamesTheAgencyAndOnlyOneServedHere() {
        // given a regional app, an installation, and an agency that a third installation serves
        var regionalApp = ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key");
        var origin = connectInstallation(true, List.of());
        var servedElsewhere = addAgency();
        connectInstallation(false, List.of(servedElsewhere));
        var reference = "ADU-ORIG-" + suffix();

        // when they forward reports naming agencies
        var fromRegionalApp = regionalApp.post(PartnerApiIT.REPORTS, forwarded("SJM-" + suffix(), AGENCY, false));
        var unknown = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, "DINAS-TIDAK-ADA", false));
        var elsewhere = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, servedElsewhere, false));

        // then each is refused naming agencyCode, and nothing was filed
        assertThat(fromRegionalApp.status()).as(fromRegionalApp.text()).isEqualTo(400);
        assertThat(fields(fromRegionalApp)).containsExactly("agencyCode");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("agencyCode");
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(409);
        assertThat(fields(elsewhere)).containsExactly("agencyCode");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint where external_reference = ?", Integer.class, reference))
                .isZero();
    }

    @Test
    void notOurAuthorityReturnsTheReportToTheInstallationThatForwardedItByWebhookAndChangeFeed() {
        // given a report another installation forwarded, which went straight to the public works office
        var agencyBefore = agencyCounts();
        var nationalBefore = nationalCounts();
        var origin = connectInstallation(true, List.of());
        var reference = "ADU-ORIG-" + suffix();
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded(reference, AGENCY, false));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        var reason = "Jalan itu jalan provinsi: urusan Dinas PU Provinsi Sumatera Selatan.";

        // when the office declares it is not its authority
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                AGENCY.toLowerCase(Locale.ROOT) + "-officer",
                Map.of("followUpDecision", "NOT_OUR_AUTHORITY", "followUpText", reason));

        // then the report ends here, handed back by the office, and no national administrator is asked to re-route it
        assertThat(jdbc.queryForObject("select status from complaint where tracking_id = ?", String.class, trackingId))
                .isEqualTo("ARCHIVED");
        assertThat(jdbc.queryForObject(
                        "select a.status from complaint_assignment a join complaint c on c.id = a.complaint_id"
                                + " where c.tracking_id = ?",
                        String.class,
                        trackingId))
                .isEqualTo("RETURNED");
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(trackingId)
                        .count())
                .isZero();

        // and the installation hears it in its change feed, with the office and its reason, under its own reference
        var returned = feed(origin.api()).stream()
                .filter(event -> event.get("type").asText().equals("report.returned-to-origin"))
                .toList();
        assertThat(returned).hasSize(1);
        var data = returned.get(0).get("data");
        assertThat(data.get("trackingId").asText()).isEqualTo(trackingId);
        assertThat(data.get("externalReference").asText()).isEqualTo(reference);
        assertThat(data.get("text").asText()).isEqualTo(reason);
        assertThat(data.get("agency").get("code").asText()).isEqualTo(AGENCY);

        // and by a signed webhook, after the earlier events of the report
        deliverAll(trackingId);
        var types = receiver.taken().stream()
                .filter(call -> call.body().contains(trackingId))
                .map(call -> call.body().replaceAll(".*\"type\":\"([a-z.-]+)\".*", "$1"))
                .toList();
        assertThat(types).containsSubsequence("report.submitted", "report.routed", "report.returned-to-origin");
        assertThat(receiver.taken())
                .allSatisfy(call -> assertThat(call.signatureValid()).isTrue());
        assertThat(receiver.taken().stream().map(WebhookReceiver.Call::id).toList())
                .contains(returned.get(0).get("id").asText());
    }

    @Test
    void aConfidentialAnonymousReportForwardedHereIsNeitherPublicNorShowsAReporter() {
        // given another installation forwards a confidential, anonymous report, reporter details included by mistake
        var origin = connectInstallation(true, List.of());
        var report = new HashMap<String, Object>(forwarded("ADU-ORIG-" + suffix(), AGENCY, true));
        var content = new HashMap<String, Object>(castMap(report.get("report")));
        content.put("anonymous", true);
        content.put("reporter", Map.of("name", "Siti Aminah", "phone", "+62 812 3456 7890"));
        report.put("report", content);

        // when it is filed
        var filed = origin.api().post(PartnerApiIT.REPORTS, report);

        // then nobody but that installation reads it: not the public, nor another partner, nor Open311
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        var trackingId = filed.json().get("trackingId").asText();
        assertThat(ApiClient.on(port).get("/api/complaints/" + trackingId).status())
                .isEqualTo(404);
        assertThat(ApiClient.on(port).get("/laporan/" + trackingId).status()).isEqualTo(404);
        assertThat(ApiClient.on(port)
                        .get("/open311/v2/requests/" + trackingId + ".json")
                        .status())
                .isEqualTo(404);
        var regionalApp = ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key");
        assertThat(regionalApp.get(PartnerApiIT.REPORTS + "/" + trackingId).status())
                .isEqualTo(404);
        var own = origin.api().get(PartnerApiIT.REPORTS + "/" + trackingId);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("confidential").asBoolean()).isTrue();
        assertThat(own.json().get("anonymous").asBoolean()).isTrue();

        // and Aduan keeps no reporter of it, so staff see none: the office's task shows where it came from
        assertThat(jdbc.queryForMap(
                        "select reporter_name, reporter_email, reporter_phone from complaint where tracking_id = ?",
                        trackingId))
                .containsEntry("REPORTER_NAME", null)
                .containsEntry("REPORTER_EMAIL", null)
                .containsEntry("REPORTER_PHONE", null);
        var context = tasks.getVariables(officerTask(trackingId).getId()).toString();
        assertThat(context).contains("Diteruskan dari " + origin.name()).doesNotContain("Siti", "Aminah", "3456 7890");
        assertThat(jdbc.queryForList(
                        "select text_ from act_hi_varinst where proc_inst_id_ in (select proc_inst_id_ from"
                                + " act_hi_procinst where business_key_ = ?)",
                        String.class,
                        trackingId))
                .noneSatisfy(text -> assertThat(text).contains("Siti"));
    }

    @Test
    void anObjectionMadeWithinTheWindowThereIsTakenAfterTheWindowClosedHereAndTheAgencyAnswersAgain() {
        // given a report another installation forwarded, which the office answered on Thursday 26 March 2026
        now("2026-03-16T09:00");
        var origin = connectInstallation(true, List.of());
        var trackingId = fileForwarded(origin);
        now("2026-03-26T10:00");
        answer(trackingId, "Jalan sudah ditambal.");

        // then the reporter's window ends on 10 April as for any report (Good Friday, 3 April, is off), and staff and
        // the origin read that; the report waits 30 days more (the grace) for the origin's word
        var followedUp =
                origin.api().get(PartnerApiIT.REPORTS + "/" + trackingId).json();
        assertThat(followedUp.get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(Instant.parse(followedUp.get("reporterWindowDue").asText())).isEqualTo(wib("2026-04-10T23:59:59"));
        assertThat(windowTimer(trackingId).getDuedate().toInstant()).isEqualTo(wib("2026-05-10T23:59:59"));

        // when the window has closed here and the reporter's objection, made at the origin on 10 April, arrives
        now("2026-04-12T09:00");
        runDueTimers(trackingId);
        var objected = origin.api()
                .post(
                        PartnerApiIT.REPORTS + "/" + trackingId + "/objection",
                        Map.of(
                                "reason",
                                "Lubangnya masih ada.",
                                "objectedAt",
                                wib("2026-04-10T20:00").toString()));

        // then it is taken: the report goes back to the office, which answers it again
        assertThat(objected.status()).as(objected.text()).isEqualTo(200);
        assertThat(objected.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(officerTask(trackingId)).isNotNull();
        answer(trackingId, "Lubang sudah ditutup aspal.");
        assertThat(origin.api()
                        .get(PartnerApiIT.REPORTS + "/" + trackingId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("FOLLOWED_UP");
    }

    @Test
    void anObjectionMadeAfterTheGraceOrNotSayingWhenIsRefusedNamingTheFieldAndTheGraceEndsTheReport() {
        // given a forwarded report the office answered on 26 March: its window ended on 10 April, its grace on 10 May
        now("2026-03-16T09:00");
        var origin = connectInstallation(true, List.of());
        var trackingId = fileForwarded(origin);
        now("2026-03-26T10:00");
        answer(trackingId, "Jalan sudah ditambal.");
        now("2026-05-12T09:00");
        var path = PartnerApiIT.REPORTS + "/" + trackingId + "/objection";

        // when the origin sends an objection made after the grace, and one that does not say when it was made
        var late = origin.api()
                .post(
                        path,
                        Map.of(
                                "reason",
                                "Lubangnya masih ada.",
                                "objectedAt",
                                wib("2026-05-11T08:00").toString()));
        var unsaid = origin.api().post(path, Map.of("reason", "Lubangnya masih ada."));

        // then both are refused as conflicts naming objectedAt, and the report still waits
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(fields(late)).containsExactly("objectedAt");
        assertThat(unsaid.status()).as(unsaid.text()).isEqualTo(409);
        assertThat(fields(unsaid)).containsExactly("objectedAt");
        assertThat(jdbc.queryForObject("select status from complaint where tracking_id = ?", String.class, trackingId))
                .isEqualTo("FOLLOWED_UP");

        // when its timer runs, the report closes without the reporter's answer
        now("2026-05-12T09:01");
        runDueTimers(trackingId);
        assertThat(jdbc.queryForObject("select status from complaint where tracking_id = ?", String.class, trackingId))
                .isEqualTo("COMPLETED");
        var closed = origin.api()
                .post(
                        path,
                        Map.of(
                                "reason",
                                "Lubangnya masih ada.",
                                "objectedAt",
                                wib("2026-04-10T20:00").toString()));
        assertThat(closed.status()).as(closed.text()).isEqualTo(409);
    }

    @Test
    void anAcceptanceMadeWithinTheWindowThereCompletesTheReportAfterTheWindowClosedHere() {
        // given a forwarded report the office answered on 26 March, whose window ended on 10 April
        now("2026-03-16T09:00");
        var origin = connectInstallation(true, List.of());
        var trackingId = fileForwarded(origin);
        now("2026-03-26T10:00");
        answer(trackingId, "Jalan sudah ditambal.");

        // when the reporter's acceptance, made at the origin on 9 April, arrives on 13 April
        now("2026-04-13T09:00");
        runDueTimers(trackingId);
        var accepted = origin.api()
                .post(
                        PartnerApiIT.REPORTS + "/" + trackingId + "/acceptance",
                        Map.of(
                                "rating",
                                4,
                                "comment",
                                "Cepat.",
                                "acceptedAt",
                                wib("2026-04-09T19:00").toString()));

        // then the report is completed with the rating, as on time
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(accepted.json().get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void theWindowClosedInSilenceAtTheOriginClosesTheReportHereWithoutWaitingTheGrace() {
        // given a forwarded report the office answered on 26 March, whose window ended on 10 April
        now("2026-03-16T09:00");
        var origin = connectInstallation(true, List.of());
        var trackingId = fileForwarded(origin);
        now("2026-03-26T10:00");
        answer(trackingId, "Jalan sudah ditambal.");

        // when the origin says, just after, that its reporter's window closed without answer there
        now("2026-04-11T00:05");
        var closed = origin.api().post(PartnerApiIT.REPORTS + "/" + trackingId + "/window-closed", Map.of());

        // then the timer that closes the report falls due now, not at the end of the grace, and closes it
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(windowTimer(trackingId).getDuedate().toInstant()).isEqualTo(wib("2026-04-11T00:05"));
        now("2026-04-11T00:06");
        runDueTimers(trackingId);
        assertThat(jdbc.queryForObject("select status from complaint where tracking_id = ?", String.class, trackingId))
                .isEqualTo("COMPLETED");
        assertThat(origin.api()
                        .get(PartnerApiIT.REPORTS + "/" + trackingId)
                        .json()
                        .get("timeline")
                        .findValuesAsText("type"))
                .contains("CLOSED_WITHOUT_ANSWER");

        // and the same call again is taken without effect
        var again = origin.api().post(PartnerApiIT.REPORTS + "/" + trackingId + "/window-closed", Map.of());
        assertThat(again.status()).as(again.text()).isEqualTo(200);
    }

    /** Files a report from the installation, straight to the public works office. */
    private String fileForwarded(Installation origin) {
        var filed = origin.api().post(PartnerApiIT.REPORTS, forwarded("ADU-ORIG-" + suffix(), AGENCY, false));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingId").asText();
    }

    /** The public works office answers the report. */
    private void answer(String trackingId, String text) {
        StaffTasks.complete(
                tasks,
                identity,
                trackingId,
                AGENCY.toLowerCase(Locale.ROOT) + "-officer",
                Map.of("followUpDecision", "RESPOND", "followUpText", text));
    }

    /** The timer that closes the report when its reporter's window (and for a forwarded report, the grace) ends. */
    private org.camunda.bpm.engine.runtime.Job windowTimer(String trackingId) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ComplaintHandlingProcess.PROCESS_ID)
                .processInstanceBusinessKey(trackingId)
                .singleResult();
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(ComplaintHandlingProcess.BOUNDARY_EVENT_REPORTER_WINDOW_CLOSED)
                .singleResult();
    }

    /** Runs the report's timers that are due by the engine's clock, as the job executor would. */
    private void runDueTimers(String trackingId) {
        for (var instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(trackingId)
                .list()) {
            management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime())
                    .list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
    }

    private static void now(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(wib(localDateTime)));
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toInstant();
    }

    /** Connects another installation, with its receiver (this test's) for the webhooks we send it. */
    private Installation connectInstallation(boolean skipVerification, List<String> servedAgencies) {
        var name = "Aduan Uji " + suffix();
        var details = new HashMap<String, Object>(PartnerApiIT.details(name, 600));
        details.put("kind", "ADUAN_INSTALLATION");
        details.put("callbackUrl", receiver.url());
        details.put(
                "installation",
                Map.of(
                        "url",
                        "http://127.0.0.1:" + port,
                        "apiKey",
                        "key-the-other-installation-issued-us",
                        "webhookSecret",
                        "whsec_" + Base64.getEncoder().encodeToString(new byte[24]),
                        "skipVerification",
                        skipVerification,
                        "servedAgencies",
                        servedAgencies));
        var created = administrator.post("/api/integrations", details);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        receiver.verifyWith(created.json().get("webhookSecret").asText());
        return new Installation(
                created.json().get("integration").get("id").asLong(),
                name,
                ApiClient.on(port)
                        .with(
                                "Authorization",
                                "Bearer " + created.json().get("apiKey").asText()));
    }

    /** A report as another installation forwards it: without its reporter, naming the agency it routed it to. */
    static Map<String, Object> forwarded(String reference, String agencyCode, boolean confidential) {
        return Map.of(
                "externalReference",
                reference,
                "agencyCode",
                agencyCode,
                "report",
                Map.of(
                        "type", "COMPLAINT",
                        "title", "Jalan rusak di Sekayu",
                        "description", "Jalan poros desa berlubang besar sejak tiga bulan.",
                        "categoryCode", "ROADS",
                        "regionCode", "16.06",
                        "anonymous", false,
                        "confidential", confidential));
    }

    private String addAgency() {
        var code = "BALAI-UJI-" + suffix();
        var added = administrator.post(
                "/api/agencies",
                Map.of("code", code, "name", "Balai Uji " + code, "level", "NATIONAL", "timeZone", "WIB"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return code;
    }

    private List<String> assignedAgencies(String trackingId) {
        return jdbc.queryForList(
                "select a.agency_code from complaint_assignment a join complaint c on c.id = a.complaint_id"
                        + " where c.tracking_id = ? order by a.id",
                String.class,
                trackingId);
    }

    private List<String> taskKeys(String trackingId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(trackingId).list().stream()
                .map(task -> task.getTaskDefinitionKey())
                .toList();
    }

    /** The public works office's task on the report, as its officers see it. */
    private org.camunda.bpm.engine.task.Task officerTask(String trackingId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingId)
                .taskCandidateGroup(AGENCY.toLowerCase(Locale.ROOT) + "-officers")
                .singleResult();
    }

    private JsonNode agencyCounts() {
        statistics.refresh();
        return ApiClient.on(port)
                .get("/api/agencies/" + AGENCY + "/statistics")
                .json()
                .get("figures")
                .get("counts");
    }

    private JsonNode nationalCounts() {
        statistics.refresh();
        return ApiClient.on(port).get("/api/statistics").json().get("national");
    }

    private static long change(JsonNode before, JsonNode after, String count) {
        return after.get(count).asLong() - before.get(count).asLong();
    }

    /** Runs the report's webhook delivery jobs, as the job executor would, until none is left. */
    private void deliverAll(String trackingId) {
        for (var round = 0; round < 10; round++) {
            var jobs = runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(WebhookDeliveryProcess.PROCESS_ID)
                    .processInstanceBusinessKey(trackingId)
                    .list()
                    .stream()
                    .flatMap(
                            instance -> management.createJobQuery().processInstanceId(instance.getId()).list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Webhook delivery jobs are left");
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private List<JsonNode> feed(ApiClient partner) {
        var page = partner.get("/api/partner/v1/events?limit=1000");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        var events = new java.util.ArrayList<JsonNode>();
        page.json().get("events").forEach(events::add);
        return events;
    }

    private static List<String> fields(ApiClient.Response response) {
        return response.json().findValuesAsText("field");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private record Installation(long id, String name, ApiClient api) {}
}
