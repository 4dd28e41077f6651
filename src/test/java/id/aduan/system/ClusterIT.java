package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.aduan.AduanApplication;
import id.aduan.PostgresServer;
import id.aduan.PostgresTest;
import id.aduan.ProductionEnvironment;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.process.AgencyFollowUpProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Aduan nodes with a job executor each on one PostgreSQL database and the settings of a production run: node A
 * in this JVM, node B in a JVM of its own. The deadlines of a few hundred complaints fall due at once; node B is
 * killed while both are at work, and node A finishes B's jobs once their locks expire. Every reminder and escalation
 * happens exactly once. The test asserts correctness only; it logs the figures that README reports.
 */
@PostgresTest
class ClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);

    private static final int COMPLAINTS = 300;
    /**
     * Each agency's follow-up has four timers: the reminder before the deadline, the deadline, the supervisor's
     * escalation and the national one.
     */
    private static final int TIMERS = 4 * COMPLAINTS;
    /** Short job locks, so that the killed node's jobs come back soon (production keeps 5 minutes). */
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void firesEveryDeadlineExactlyOnceOnTwoNodesAndFinishesTheJobsOfAKilledNode() throws Exception {
        try (var database = PostgresServer.fromEnvironment().createDatabase();
                var production = ProductionEnvironment.start();
                var nodeA = startNodeA(settings(database, production))) {
            var jdbc = nodeA.getBean(JdbcTemplate.class);
            var management = nodeA.getBean(ManagementService.class);
            Instant started;
            Instant killed;
            long doneByAWhenBWasKilled;
            try (var nodeB = NodeProcess.start(
                    nodeProperties(settings(database, production), "node-b"),
                    Path.of("target", "cluster", "node-b.log"))) {

                // given complaints filed and verified sixty days ago, whose follow-up deadline, supervisor's and
                // national administrator's deadlines have all passed, their timers held back while node B starts
                management.suspendJobDefinitionByProcessDefinitionKey(AgencyFollowUpProcess.PROCESS_ID, true);
                ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(60))));
                fileAndVerifyComplaints(nodeA);
                ClockUtil.reset();
                assertThat(jdbc.queryForObject(
                                "select count(*) from act_ru_job where type_ = 'timer' and duedate_ < now()"
                                        + " and suspension_state_ = 2",
                                Long.class))
                        .isEqualTo(TIMERS);
                nodeB.awaitReady(Duration.ofMinutes(3));

                // when the deadlines fall due on both nodes at once, and node B is killed while both are at work
                started = Instant.now();
                management.activateJobDefinitionByProcessDefinitionKey(AgencyFollowUpProcess.PROCESS_ID, true);
                await().atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() ->
                                successes(jdbc, "node-a") >= TIMERS / 30 && successes(jdbc, "node-b") >= TIMERS / 30);
                nodeB.kill();
                killed = Instant.now();
                doneByAWhenBWasKilled = successes(jdbc, "node-a");
            }
            var heldByB = jdbc.queryForList(
                    "select id_ from act_ru_job where lock_owner_ is not null and lock_owner_ <> ?",
                    String.class,
                    nodeA.getBean(JobExecutor.class).getLockOwner());
            var doneByB = successes(jdbc, "node-b");

            // then node A runs every job, those that B held too, once their locks have expired
            await().atMost(LOCK_TIME.plusMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() ->
                            jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0", Long.class) == 0);
            var finished = Instant.now();
            assertThat(jdbc.queryForObject("select count(*) from act_ru_job", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class))
                    .isZero();
            assertThat(heldByB).isNotEmpty();
            assertThat(jdbc.queryForList(
                            "select distinct hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ = any(?::varchar[])",
                            String.class,
                            "{" + String.join(",", heldByB) + "}"))
                    .containsExactly("node-a");

            // and every reminder and escalation happened exactly once, in Aduan's timeline and in the engine
            for (var type :
                    List.of("FOLLOW_UP_OVERDUE", "ESCALATED_TO_SUPERVISOR", "ESCALATED_TO_NATIONAL_ADMINISTRATOR")) {
                assertOncePerComplaint(
                        jdbc, "select count(*) from complaint_event where type = ? group by complaint_id", type);
            }
            for (var task : List.of("UserTask_ResolveOverdueFollowUp", "UserTask_InterveneInOverdueFollowUp")) {
                assertOncePerComplaint(
                        jdbc, "select count(*) from act_ru_task where task_def_key_ = ? group by proc_inst_id_", task);
            }
            assertThat(jdbc.queryForObject(
                            "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2"
                                    + " and process_def_key_ = 'AgencyFollowUpProcess'",
                            Long.class))
                    .isEqualTo(TIMERS);

            // and both nodes took part
            var byNode = successesByNode(jdbc);
            assertThat(byNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
            assertThat(byNode.get("node-b")).isEqualTo(doneByB);
            assertThat(byNode.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(TIMERS);

            log.info(
                    "Cluster: {} timers of {} complaints done in {} s. Before node B was killed, after {} s, node A ran {}"
                            + " jobs and node B {}; B held {} jobs, which A ran after their lock of {} s; A ran {} in all.",
                    TIMERS,
                    COMPLAINTS,
                    seconds(started, finished),
                    seconds(started, killed),
                    doneByAWhenBWasKilled,
                    doneByB,
                    heldByB.size(),
                    LOCK_TIME.toSeconds(),
                    byNode.get("node-a"));
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    /** The database and the settings of a production run, for both nodes. */
    private static Map<String, String> settings(PostgresServer.Database database, ProductionEnvironment production) {
        var settings = new HashMap<>(database.springProperties());
        settings.putAll(production.springProperties());
        return settings;
    }

    private static ConfigurableApplicationContext startNodeA(Map<String, String> settings) {
        var properties = nodeProperties(settings, "node-a");
        properties.put("server.port", "0");
        return new SpringApplicationBuilder(AduanApplication.class)
                .profiles("postgres")
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    /** The same settings on both nodes but their names, which the engine's job log records. */
    private static Map<String, String> nodeProperties(Map<String, String> settings, String name) {
        var properties = new HashMap<>(settings);
        properties.put("camunda.bpm.generic-properties.properties.hostname", name);
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME.toMillis()));
        // Idle nodes look for due jobs every second, so that both start within a second of the deadlines.
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        properties.put("camunda.bpm.job-execution.max-wait", "1000");
        return properties;
    }

    /** Files the complaints through Aduan's service and verifies them as the national administrator would. */
    private static void fileAndVerifyComplaints(ConfigurableApplicationContext node)
            throws InterruptedException, ExecutionException {
        var complaints = node.getBean(ComplaintService.class);
        var tasks = node.getBean(TaskService.class);
        var filings = IntStream.range(0, COMPLAINTS)
                .<Callable<Object>>mapToObj(i -> () -> {
                    var trackingId = complaints
                            .submit(new NewComplaint(
                                    ReportType.COMPLAINT,
                                    "Puskesmas tutup di jam layanan " + i,
                                    "Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu terakhir.",
                                    "HEALTH_FACILITY",
                                    "16.06",
                                    null,
                                    null,
                                    new Reporter("Pelapor " + i, "pelapor" + i + "@example.org", null),
                                    false,
                                    false,
                                    Language.ID,
                                    Channel.API,
                                    null))
                            .trackingId();
                    var verification = tasks.createTaskQuery()
                            .processInstanceBusinessKey(trackingId)
                            .singleResult();
                    tasks.complete(
                            verification.getId(), Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
                    return trackingId;
                })
                .toList();
        var executor = Executors.newFixedThreadPool(4);
        try {
            for (var filing : executor.invokeAll(filings)) {
                filing.get();
            }
        } finally {
            executor.shutdown();
        }
    }

    /** The query counts rows per complaint (or its process instance): one for each complaint, none missing. */
    private static void assertOncePerComplaint(JdbcTemplate jdbc, String countPerComplaint, String value) {
        assertThat(jdbc.queryForList(countPerComplaint, Long.class, value))
                .as(value)
                .hasSize(COMPLAINTS)
                .containsOnly(1L);
    }

    private static long successes(JdbcTemplate jdbc, String node) {
        return jdbc.queryForObject(
                "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ? and process_def_key_ = ?",
                Long.class,
                node,
                AgencyFollowUpProcess.PROCESS_ID);
    }

    private static Map<String, Long> successesByNode(JdbcTemplate jdbc) {
        var byNode = new HashMap<String, Long>();
        jdbc.query(
                "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and process_def_key_ = ?"
                        + " group by hostname_",
                row -> {
                    byNode.put(row.getString(1), row.getLong(2));
                },
                AgencyFollowUpProcess.PROCESS_ID);
        return byNode;
    }
}
