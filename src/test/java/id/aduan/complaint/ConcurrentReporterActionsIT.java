package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import id.aduan.StaffDesk;
import id.aduan.complaint.process.AgencyFollowUpProcess;
import id.aduan.complaint.process.ComplaintHandlingProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reporter's actions on one report at the same moment, from several tabs or a double click, through the API and
 * the pages: one of them takes effect, each other one is either done after it or told that the report changed
 * (409), never an error; and the report, its timeline and its process agree afterwards.
 */
@AduanIntegrationTest
class ConcurrentReporterActionsIT {

    /** Requests released together on one report. */
    private static final int AT_ONCE = 4;

    private static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(Door.class)
    void takesOneOfSimultaneousAcceptancesAndAnswersTheOthersWithAConflict(Door door) throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            // given a report the agency has answered
            var report = answeredReport();

            // when the reporter accepts it several times at once
            var answers = atOnce(i -> door.accept(this, report));

            // then one acceptance counts, the others hear of the conflict, and the report is completed
            assertDoneOrConflict(door, answers);
            assertThat(answers).filteredOn(Answer::done).hasSize(1);
            assertThat(entries(report, TimelineEntryType.ACCEPTED)).isEqualTo(1);
            assertCompleted(report);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void takesEitherTheAcceptanceOrTheObjectionWhenBothComeAtOnce(Door door) throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            // given a report the agency has answered
            var report = answeredReport();

            // when the reporter accepts and objects at once
            var answers = atOnce(i -> i % 2 == 0 ? door.accept(this, report) : door.object(this, report));

            // then one of them counts, and the report is completed or back with the agency accordingly
            assertDoneOrConflict(door, answers);
            assertThat(answers).filteredOn(Answer::done).hasSize(1);
            var accepted = entries(report, TimelineEntryType.ACCEPTED);
            var objected = entries(report, TimelineEntryType.OBJECTED);
            assertThat(accepted + objected).isEqualTo(1);
            if (accepted == 1) {
                assertCompleted(report);
            } else {
                assertThat(status(report)).isEqualTo(ComplaintStatus.IN_PROGRESS);
                assertThat(tasks.createTaskQuery()
                                .processInstanceBusinessKey(report.trackingId())
                                .processDefinitionKey(AgencyFollowUpProcess.PROCESS_ID)
                                .taskDefinitionKey(AgencyFollowUpProcess.USER_TASK_FOLLOW_UP_COMPLAINT)
                                .count())
                        .isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void recordsEachOfSimultaneousMessagesThatItAcknowledges(Door door) throws Exception {
        for (var round = 0; round < ROUNDS; round++) {
            // given a report the agency has answered
            var report = answeredReport();

            // when the reporter sends several messages at once
            var answers = atOnce(i -> door.message(this, report, "Pesan ke-" + i + " dari pelapor."));

            // then each acknowledged message is on the timeline, and the report still waits for the reporter
            assertDoneOrConflict(door, answers);
            assertThat(entries(report, TimelineEntryType.REPORTER_MESSAGE))
                    .isEqualTo(answers.stream().filter(Answer::done).count());
            assertThat(status(report)).isEqualTo(ComplaintStatus.FOLLOWED_UP);
            assertThat(runtime.createExecutionQuery()
                            .processInstanceBusinessKey(report.trackingId())
                            .activityId(ComplaintHandlingProcess.RECEIVE_TASK_AWAIT_REPORTER_ANSWER)
                            .count())
                    .isEqualTo(1);
        }
    }

    /** Aduan's API, and the report's page with its forms. Each prepares a request, to be sent later. */
    enum Door {
        API {
            @Override
            Callable<Answer> accept(ConcurrentReporterActionsIT test, SubmittedComplaint report) {
                return test.api(report, "/acceptance", Map.of("rating", 5));
            }

            @Override
            Callable<Answer> object(ConcurrentReporterActionsIT test, SubmittedComplaint report) {
                return test.api(report, "/objection", Map.of("reason", "Jam layanan belum berubah."));
            }

            @Override
            Callable<Answer> message(ConcurrentReporterActionsIT test, SubmittedComplaint report, String message) {
                return test.api(report, "/messages", Map.of("message", message));
            }
        },
        PAGE {
            @Override
            Callable<Answer> accept(ConcurrentReporterActionsIT test, SubmittedComplaint report) throws Exception {
                return test.page(report, "/terima", "rating=5");
            }

            @Override
            Callable<Answer> object(ConcurrentReporterActionsIT test, SubmittedComplaint report) throws Exception {
                return test.page(report, "/sanggah", "reason=" + encode("Jam layanan belum berubah."));
            }

            @Override
            Callable<Answer> message(ConcurrentReporterActionsIT test, SubmittedComplaint report, String message)
                    throws Exception {
                return test.page(report, "/pesan", "message=" + encode(message));
            }
        };

        abstract Callable<Answer> accept(ConcurrentReporterActionsIT test, SubmittedComplaint report) throws Exception;

        abstract Callable<Answer> object(ConcurrentReporterActionsIT test, SubmittedComplaint report) throws Exception;

        abstract Callable<Answer> message(ConcurrentReporterActionsIT test, SubmittedComplaint report, String message)
                throws Exception;
    }

    /** A door's answer: done (200 from the API, the redirect after a form), or another status with its body. */
    record Answer(int status, String contentType, String body) {

        boolean done() {
            return status == 200 || status == 302;
        }
    }

    private static void assertDoneOrConflict(Door door, List<Answer> answers) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isIn(door == Door.API ? 200 : 302, 409);
            if (answer.status() == 409) {
                if (door == Door.API) {
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                } else {
                    assertThat(answer.body()).contains("Tindakan ini tidak dapat dilakukan");
                }
            }
        });
    }

    private void assertCompleted(SubmittedComplaint report) {
        assertThat(status(report)).isEqualTo(ComplaintStatus.COMPLETED);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(report.trackingId())
                        .processDefinitionKey(ComplaintHandlingProcess.PROCESS_ID)
                        .count())
                .isZero();
    }

    /** The i-th of the requests sent at once, prepared before they are released. */
    private interface Request {

        Callable<Answer> prepare(int i) throws Exception;
    }

    /** Prepares the requests, then sends them from threads of their own, released together. */
    private static List<Answer> atOnce(Request request) throws Exception {
        var requests = new ArrayList<Callable<Answer>>();
        for (var i = 0; i < AT_ONCE; i++) {
            requests.add(request.prepare(i));
        }
        var start = new CyclicBarrier(requests.size());
        var threads = Executors.newFixedThreadPool(requests.size());
        try {
            var sent = new ArrayList<Future<Answer>>();
            for (var prepared : requests) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return prepared.call();
                }));
            }
            var answers = new ArrayList<Answer>();
            for (var answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private SubmittedComplaint answeredReport() {
        var report = complaints.submit(
                TestReports.healthReport(new Reporter("Rina Marlina", "rina@example.org", null), false, false));
        var staff = new StaffDesk(tasks, identity);
        staff.verify(report.trackingId());
        staff.respond("DINKES-MUBA", report.trackingId(), "Jam layanan puskesmas sudah dipulihkan.");
        return report;
    }

    private Callable<Answer> api(SubmittedComplaint report, String action, Object body) {
        var reporter = ApiClient.on(port).with("X-Access-Token", report.accessToken());
        return () -> {
            var response = reporter.post("/api/complaints/" + report.trackingId() + action, body);
            return new Answer(response.status(), response.header("Content-Type"), response.text());
        };
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /**
     * Opens the report's page in a browser of its own, with the reporter's cookie, and prepares one of its forms
     * to be sent as that browser would.
     */
    private Callable<Answer> page(SubmittedComplaint report, String action, String form)
            throws IOException, InterruptedException {
        var path = "http://localhost:" + port + "/laporan/" + report.trackingId();
        var cookies = new CookieManager();
        var reporter = new HttpCookie("aduan_pelapor", report.accessToken());
        reporter.setPath("/laporan/" + report.trackingId());
        reporter.setVersion(0);
        cookies.getCookieStore().add(URI.create(path), reporter);
        var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        var page = browser.send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF_FIELD.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        var post = HttpRequest.newBuilder(URI.create(path + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1))))
                .build();
        return () -> {
            var response = browser.send(post, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        };
    }

    private long entries(SubmittedComplaint report, TimelineEntryType type) {
        return jdbc.queryForObject(
                "select count(*) from complaint_event e join complaint c on c.id = e.complaint_id"
                        + " where c.tracking_id = ? and e.type = ?",
                Long.class,
                report.trackingId(),
                type.name());
    }

    private ComplaintStatus status(SubmittedComplaint report) {
        return ((ReporterComplaintView) complaints.view(report.trackingId(), report.accessToken())).status();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
