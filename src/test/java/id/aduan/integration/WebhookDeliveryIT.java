package id.aduan.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.integration.WebhookReceiver.Call;
import id.aduan.integration.process.WebhookDeliveryProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's receiver, run by the test, hears of every change to the reports the partner filed through signed
 * webhooks (checked by a verifier written from the Standard Webhooks specification): once each and in order per report,
 * also after it was down for a while; a receiver that answers 410 is no longer called. The change feed says the same.
 * The job executor is off: the test runs the delivery jobs as the job executor would, a retry as if its time had come.
 */
@AduanIntegrationTest
class WebhookDeliveryIT {

    private static final String EVENTS = "/api/partner/v1/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    private final WebhookReceiver receiver = new WebhookReceiver();
    /** The reports this test filed: other tests sharing the application leave deliveries of their own. */
    private final Set<String> filed = new HashSet<>();

    private ApiClient administrator;
    private StaffDesk staff;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.on(port).as("demo", "demo");
        staff = new StaffDesk(tasks, identity);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aReceiverThatWasDownGetsEveryEventOnceAndInOrderPerReportSigned() {
        // given a partner whose receiver is down, with a confidential report going through verification, a question
        // the partner answers for its reporter and the agency's answer, and a second report that is verified
        receiver.answer(503);
        var partner = addPartner(receiver.url());
        var first = file(partner, true);
        attemptDeliveriesThatFail();
        var second = file(partner, false);
        staff.verify(first);
        staff.verify(second);
        attemptDeliveriesThatFail();
        staff.requestInformation("DPUPR-MUBA", first, "Di depan nomor berapa jalan itu rusak?");
        assertThat(partner.api()
                        .post(
                                PartnerApiIT.REPORTS + "/" + first + "/messages",
                                Map.of("message", "Depan rumah no. 12."))
                        .status())
                .isEqualTo(200);
        staff.respond("DPUPR-MUBA", first, "Jalan sudah ditambal pada hari Senin.");
        attemptDeliveriesThatFail();
        assertThat(receiver.taken()).isEmpty();

        // when the receiver is back and the retries run, and the partner's reporter accepts the answer afterwards
        receiver.answer(200);
        deliverAll();
        assertThat(partner.api()
                        .post(PartnerApiIT.REPORTS + "/" + first + "/acceptance", Map.of("rating", 5))
                        .status())
                .isEqualTo(200);
        deliverAll();

        // then every event arrived once, by webhook-id, in the order it happened, signed and as JSON
        var events = events(partner);
        assertThat(events).hasSizeGreaterThanOrEqualTo(10);
        assertThat(receiver.taken().stream().map(Call::id).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        events.stream().map(event -> event.get("id").asText()).toList());
        assertThat(receiver.calls()).allSatisfy(call -> {
            assertThat(call.signatureValid()).as(call.id()).isTrue();
            assertThat(call.contentType()).isEqualTo("application/json");
        });
        for (var trackingId : List.of(first, second)) {
            assertThat(positionsTaken(trackingId)).isSorted().doesNotHaveDuplicates();
        }
        assertThat(typesOf(first))
                .containsSubsequence(
                        "report.submitted",
                        "report.routed",
                        "report.information-requested",
                        "report.reporter-message",
                        "report.followed-up",
                        "report.accepted",
                        "report.completed");
        assertThat(typesOf(second)).containsSubsequence("report.submitted", "report.routed");

        // and an event says what the reporter reads, and nothing of the reporter or of staff
        var answer = events.stream()
                .filter(event -> event.get("type").asText().equals("report.followed-up"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.get("data").get("trackingId").asText()).isEqualTo(first);
        assertThat(answer.get("data").get("externalReference").asText()).startsWith("SJS-");
        assertThat(answer.get("data").get("text").asText()).isEqualTo("Jalan sudah ditambal pada hari Senin.");
        assertThat(answer.get("data").get("agency").get("code").asText()).isEqualTo("DPUPR-MUBA");
        assertThat(answer.get("data").get("agency").get("name").asText()).isNotBlank();
        assertThat(answer.get("data").get("labelEn").asText()).isEqualTo("Agency follow-up");
        assertThat(answer.get("data").get("agency").get("followUpDueAt").isNull())
                .as("an agency that answered has no follow-up deadline")
                .isTrue();

        // and the routing states the agency's deadlines: its follow-up after the event, its completion target after it
        var routed = events.stream()
                .filter(event -> event.get("type").asText().equals("report.routed")
                        && event.get("data").get("trackingId").asText().equals(first))
                .findFirst()
                .orElseThrow();
        var routedAt = Instant.parse(routed.get("timestamp").asText());
        var followUpDue = Instant.parse(
                routed.get("data").get("agency").get("followUpDueAt").asText());
        assertThat(followUpDue).isAfter(routedAt);
        assertThat(Instant.parse(
                        routed.get("data").get("agency").get("completionDueAt").asText()))
                .isAfterOrEqualTo(followUpDue);
        assertThat(receiver.taken())
                .allSatisfy(call -> assertThat(call.body())
                        .doesNotContain("Siti Aminah", "3456 7890", "verifier", "dpupr-muba-officer"));

        // and the change feed gives the same events in the same order, page by page
        assertThat(feed(partner.api(), 3)).containsExactlyElementsOf(events);
        assertThat(receiver.taken().stream().map(call -> read(call.body())).toList())
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void anotherPartnerHearsNothingOfReportsItDidNotFile() {
        // given a report of a partner that reads the change feed
        var partner = addPartner(null);
        var trackingId = file(partner, false);
        staff.verify(trackingId);

        // when another partner reads its change feed
        var rabeg = ApiClient.on(port).with("Authorization", "Bearer demo-rabeg-key");

        // then it finds nothing of that report, while the partner that filed it finds its events
        assertThat(feed(rabeg, 1000))
                .noneSatisfy(event -> assertThat(event.toString()).contains(trackingId));
        assertThat(feed(partner.api(), 1000))
                .anySatisfy(event ->
                        assertThat(event.get("data").get("trackingId").asText()).isEqualTo(trackingId));
    }

    @Test
    void aReceiverThatAnswersGoneIsNoLongerCalledAndTheAdministratorsAreTold() {
        // given a partner whose receiver answers 410 Gone
        receiver.answer(410);
        var partner = addPartner(receiver.url());
        var trackingId = file(partner, false);

        // when the webhook is delivered
        deliverAll();

        // then the callback is disabled, saying why, and an e-mail to the national administrators is queued
        var integration = administrator.get("/api/integrations/" + partner.id()).json();
        assertThat(integration.get("callbackActive").asBoolean()).isFalse();
        assertThat(integration.get("callbackDisabledReason").asText()).contains("410", trackingId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join complaint c on c.id = n.complaint_id"
                                + " where c.tracking_id = ? and n.kind = 'WEBHOOK_DISABLED'",
                        Integer.class,
                        trackingId))
                .isPositive();

        // and later events wait in the change feed without any call
        staff.verify(trackingId);
        assertThat(webhookJobs()).isEmpty();
        assertThat(receiver.calls()).hasSize(1);
        assertThat(typesOf(feed(partner.api(), 100), trackingId))
                .containsSubsequence("report.submitted", "report.routed");

        // when an administrator saves the partner again, with its receiver back
        receiver.answer(200);
        var details = PartnerApiIT.details(integration.get("name").asText(), 600);
        details.put("callbackUrl", receiver.url());
        assertThat(administrator
                        .put("/api/integrations/" + partner.id(), details)
                        .json()
                        .get("callbackActive")
                        .asBoolean())
                .isTrue();

        // then the next event is called again
        var next = file(partner, false);
        deliverAll();
        assertThat(receiver.calls()).hasSize(2);
        assertThat(receiver.calls().get(1).body()).contains(next);
    }

    @Test
    void theChangeFeedNamesABadCursorOrLimit() {
        var senjangMuba = ApiClient.on(port).with("Authorization", "Bearer demo-senjang-muba-key");

        for (var query : Map.of("after=abc", "after", "after=-1", "after", "limit=0", "limit", "limit=1001", "limit")
                .entrySet()) {
            var answer = senjangMuba.get(EVENTS + "?" + query.getKey());
            assertThat(answer.status()).as(query.getKey()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(query.getValue());
        }
        assertThat(ApiClient.on(port).get(EVENTS).status()).isEqualTo(401);
    }

    private TestPartner addPartner(String callbackUrl) {
        var details = PartnerApiIT.details("Sijaga Sumsel " + UUID.randomUUID(), 600);
        details.put("callbackUrl", callbackUrl);
        var created = administrator.post("/api/integrations", details);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        receiver.verifyWith(created.json().get("webhookSecret").asText());
        return new TestPartner(
                created.json().get("integration").get("id").asLong(),
                ApiClient.on(port)
                        .with(
                                "Authorization",
                                "Bearer " + created.json().get("apiKey").asText()));
    }

    private String file(TestPartner partner, boolean confidential) {
        var report = PartnerApiIT.partnerReport("SJS-" + UUID.randomUUID());
        report.report().put("confidential", confidential);
        var answer = partner.api().post(PartnerApiIT.REPORTS, report);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        var trackingId = answer.json().get("trackingId").asText();
        filed.add(trackingId);
        return trackingId;
    }

    /** The delivery jobs of the reports this test filed (a delivery instance's business key is its report's). */
    private List<Job> webhookJobs() {
        return filed.stream()
                .flatMap(trackingId -> runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKey(WebhookDeliveryProcess.PROCESS_ID)
                        .processInstanceBusinessKey(trackingId)
                        .list()
                        .stream())
                .flatMap(delivery -> management.createJobQuery().processInstanceId(delivery.getId()).list().stream())
                .toList();
    }

    /** While the receiver is down, each delivery job tries once and fails, to be retried. */
    private void attemptDeliveriesThatFail() {
        var jobs = webhookJobs();
        assertThat(jobs).isNotEmpty();
        for (var job : jobs) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("HTTP 503");
        }
    }

    /** Runs the delivery jobs, retries included, until none is left. */
    private void deliverAll() {
        for (var round = 0; round < 10; round++) {
            var jobs = webhookJobs();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        fail("Webhook delivery jobs are left: " + webhookJobs());
    }

    /** The partner's events, as Aduan recorded them, in the order they happened. */
    private List<JsonNode> events(TestPartner partner) {
        return jdbc
                .queryForList(
                        "select payload from partner_event where integration_id = ? order by position",
                        String.class,
                        partner.id())
                .stream()
                .map(WebhookDeliveryIT::read)
                .toList();
    }

    /** The whole change feed, read a page of the size at a time. */
    private List<JsonNode> feed(ApiClient partner, int pageSize) {
        var events = new ArrayList<JsonNode>();
        var next = "0";
        for (var pages = 0; pages < 1000; pages++) {
            var page = partner.get(EVENTS + "?after=" + next + "&limit=" + pageSize);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            var body = page.json();
            assertThat(body.get("events").size()).isLessThanOrEqualTo(pageSize);
            body.get("events").forEach(events::add);
            next = body.get("next").asText();
            if (!body.get("hasMore").asBoolean()) {
                return events;
            }
        }
        return fail("The change feed does not end");
    }

    private List<Long> positionsTaken(String trackingId) {
        return receiver.taken().stream()
                .map(call -> read(call.body()))
                .filter(event -> event.get("data").get("trackingId").asText().equals(trackingId))
                .map(event -> event.get("position").asLong())
                .toList();
    }

    private List<String> typesOf(String trackingId) {
        return typesOf(receiver.taken().stream().map(call -> read(call.body())).toList(), trackingId);
    }

    private static List<String> typesOf(List<JsonNode> events, String trackingId) {
        return events.stream()
                .filter(event -> event.get("data").get("trackingId").asText().equals(trackingId))
                .map(event -> event.get("type").asText())
                .toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record TestPartner(long id, ApiClient api) {}
}
