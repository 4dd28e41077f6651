package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import id.aduan.AduanApplication;
import id.aduan.AduanNode;
import id.aduan.PostgresServer;
import id.aduan.ProductionEnvironment;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Reporter;
import id.aduan.complaint.TestReports;
import id.aduan.complaint.process.ComplaintHandlingProcess;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadlines at national scale: {@code --deadlines} reports' verification deadlines fall due at one instant on two
 * Aduan nodes sharing one PostgreSQL database, node 1 in this JVM and node 2 in a JVM of its own, both with the
 * settings of a production run (application.yml's job executor, an SMTP server, no demo data). The reports are filed
 * through {@link ComplaintService} and their timers are the real BPMN timers ({@code
 * BoundaryEvent_VerificationDeadlineReached}), moved to one instant with {@link ManagementService#setJobDuedate}. It
 * prints the deadlines handled per second, each deadline's lateness (the timeline entry's time minus the due date),
 * which node handled how many, and whether any was lost or doubled. Then, with {@code --timer-rows} above zero, it
 * adds that many future timer rows and measures the job executor's acquisition query ({@link JobAcquisitionPlans});
 * {@code --acquisition-only} measures only that, on the database a run left.
 *
 * <p>The database ({@code --database}, default {@code aduan_deadlines}) is dropped and created on the PostgreSQL of
 * the tests ({@code ADUAN_TEST_DB_HOST}, {@code ADUAN_TEST_DB_PORT}, {@code ADUAN_TEST_DB_USER}) and kept afterwards
 * for a look. {@code --set name=value} (repeatable) gives both nodes a setting, e.g.
 * {@code --set camunda.bpm.job-execution.max-jobs-per-acquisition=10}. A program, not a test: README, "Benchmarks".
 */
public final class DeadlineBenchmark {

    private static final String OVERDUE_ENTRY = "VERIFICATION_OVERDUE";
    private static final String TIMER = ComplaintHandlingProcess.BOUNDARY_EVENT_VERIFICATION_DEADLINE_REACHED;
    private static final Path LOGS = Path.of("target", "deadline-benchmark");

    private DeadlineBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var database = new PostgresServer.Database(PostgresServer.fromEnvironment(), options.database());
        if (!options.acquisitionOnly()) {
            measureDeadlines(database, options);
        }
        if (options.timerRows() > 0) {
            JobAcquisitionPlans.measure(database, options.timerRows(), options.deadlines());
        }
    }

    private static void measureDeadlines(PostgresServer.Database database, Options options) throws Exception {
        recreate(database.server(), options.database());
        try (var production = ProductionEnvironment.start()) {
            var settings = settings(database, production, options);
            progress("Starting node 1 in this JVM (database %s)", options.database());
            var node1 = new SpringApplicationBuilder(AduanApplication.class)
                    .run(node(settings, "node-1").toArray(String[]::new));
            Result result;
            try (var node2 = AduanNode.start(node(settings, "node-2"), LOGS.resolve("node-2.log"))) {
                progress("Node 2 starting in a JVM of its own (log: %s)", LOGS.resolve("node-2.log"));
                fileReports(node1, options);
                node2.awaitReady(Duration.ofMinutes(5));
                var jdbc = node1.getBean(JdbcTemplate.class);
                awaitNoJobDue(jdbc);
                var due = moveDeadlinesToOneInstant(node1.getBean(ManagementService.class), options);
                awaitDeadlines(jdbc, options.deadlines(), due);
                result = Result.read(jdbc, options.deadlines(), due);
                progress("Stopping both nodes, so that their engines write their metrics");
                node1.close();
            }
            result.print(meters(database), options);
        }
    }

    private static void recreate(PostgresServer server, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("--database must be a plain lower-case name: " + name);
        }
        var url = "jdbc:postgresql://" + server.host() + ":" + server.port() + "/postgres";
        try (var connection = DriverManager.getConnection(url, server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
    }

    /** Production settings for both nodes: the database, the SMTP server, and the options' own settings. */
    private static List<String> settings(
            PostgresServer.Database database, ProductionEnvironment production, Options options) {
        var settings = new ArrayList<String>(List.of(
                "--spring.profiles.active=postgres",
                "--logging.level.root=WARN",
                "--logging.level.id.aduan=WARN",
                "--spring.main.banner-mode=off"));
        database.springProperties().forEach((name, value) -> settings.add("--" + name + "=" + value));
        production.springProperties().forEach((name, value) -> settings.add("--" + name + "=" + value));
        options.settings().forEach(setting -> settings.add("--" + setting));
        return settings;
    }

    /** The settings of one node, named in the engine's job log by the name. */
    private static List<String> node(List<String> settings, String name) {
        var node = new ArrayList<>(settings);
        node.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
        if (name.equals("node-1")) {
            node.add("--server.port=0");
        }
        return node;
    }

    private static void fileReports(ConfigurableApplicationContext node, Options options)
            throws InterruptedException, ExecutionException {
        progress("Filing %d reports with %d threads on node 1", options.deadlines(), options.threads());
        var complaints = node.getBean(ComplaintService.class);
        var filed = new AtomicInteger();
        var started = Instant.now();
        var filings = IntStream.range(0, options.deadlines())
                .<Callable<Object>>mapToObj(i -> () -> {
                    complaints.submit(TestReports.healthReport(
                            new Reporter("Pelapor " + i, "pelapor" + i + "@example.org", null), false, false));
                    if (filed.incrementAndGet() % 1000 == 0) {
                        progress("  %d filed", filed.get());
                    }
                    return null;
                })
                .toList();
        runAll(filings, options.threads());
        var seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        progress("Filed %d reports in %.0f s (%.1f/s)", options.deadlines(), seconds, options.deadlines() / seconds);
    }

    private static void runAll(List<Callable<Object>> work, int threads)
            throws InterruptedException, ExecutionException {
        var executor = Executors.newFixedThreadPool(threads);
        try {
            for (var done : executor.invokeAll(work)) {
                done.get();
            }
        } finally {
            executor.shutdown();
        }
    }

    /** Waits until the filings' own jobs (the e-mails to the reporters and verifiers) have run. */
    private static void awaitNoJobDue(JdbcTemplate jdbc) throws InterruptedException {
        long due;
        while ((due = count(
                        jdbc,
                        "select count(*) from act_ru_job where retries_ > 0"
                                + " and (duedate_ is null or duedate_ <= localtimestamp)"))
                > 0) {
            progress("Waiting for the filings' %d jobs due now (e-mails) before moving the deadlines", due);
            Thread.sleep(5_000);
        }
    }

    /**
     * Moves every report's verification deadline to one instant far enough ahead for the moves to be done before it,
     * and returns it.
     */
    private static Instant moveDeadlinesToOneInstant(ManagementService management, Options options)
            throws InterruptedException, ExecutionException {
        var timers = management.createJobQuery().activityId(TIMER).timers().list();
        if (timers.size() != options.deadlines()) {
            throw new IllegalStateException(
                    "Expected " + options.deadlines() + " verification timers, found " + timers.size());
        }
        var due = Instant.now().plusSeconds(30).plusMillis(8L * timers.size() / options.threads());
        progress("Moving %d verification deadlines to %s", timers.size(), due);
        var moves = timers.stream()
                .map(Job::getId)
                .<Callable<Object>>map(id -> () -> {
                    management.setJobDuedate(id, Date.from(due));
                    return null;
                })
                .toList();
        runAll(moves, options.threads());
        var margin = Duration.between(Instant.now(), due);
        if (margin.isNegative()) {
            throw new IllegalStateException("Moving the deadlines took longer than planned: " + margin.negated());
        }
        progress("Moved; the deadlines fall due in %d s", margin.toSeconds());
        return due;
    }

    private static void awaitDeadlines(JdbcTemplate jdbc, int deadlines, Instant due) throws InterruptedException {
        var end = due.plus(Duration.ofMinutes(10)).plusMillis(100L * deadlines);
        while (Instant.now().isBefore(end)) {
            var handled = count(jdbc, "select count(*) from complaint_event where type = '" + OVERDUE_ENTRY + "'");
            var waiting = count(
                    jdbc,
                    "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                            + " where d.act_id_ = '" + TIMER + "'");
            if (Instant.now().isAfter(due)) {
                progress("  %d deadlines handled, %d timers left; by node: %s", handled, waiting, jobsByNode(jdbc, 2));
            }
            if (waiting == 0 && handled >= deadlines) {
                return;
            }
            var untilDue = Duration.between(Instant.now(), due).toMillis();
            Thread.sleep(untilDue > 0 ? Math.min(5_000, untilDue) : 2_000);
        }
        throw new IllegalStateException("The deadlines were not all handled by " + end);
    }

    /** The engine's job log: how many of the timers' jobs each node ran ({@code 2}) or failed ({@code 3}). */
    private static Map<String, Long> jobsByNode(JdbcTemplate jdbc, int jobState) {
        var byNode = new TreeMap<String, Long>();
        jdbc.query(
                "select hostname_, count(*) from act_hi_job_log where act_id_ = ? and job_state_ = ? group by hostname_",
                row -> {
                    byNode.put(row.getString(1), row.getLong(2));
                },
                TIMER,
                jobState);
        return byNode;
    }

    /** What the engines counted while they ran (ACT_RU_METER_LOG, written when each stopped), per node. */
    private static Map<String, Long> meters(PostgresServer.Database database) throws SQLException {
        var meters = new TreeMap<String, Long>();
        var properties = database.springProperties();
        try (var connection = DriverManager.getConnection(
                        database.url(),
                        properties.get("spring.datasource.username"),
                        properties.get("spring.datasource.password"));
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select name_ || ' ' || coalesce(reporter_, ''), sum(value_)"
                        + " from act_ru_meter_log where name_ like 'job-%' group by 1")) {
            while (rows.next()) {
                meters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return meters;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private record Result(
            int deadlines,
            Instant due,
            List<Long> lateness,
            Instant first,
            Instant last,
            Map<String, Long> byNode,
            Map<String, Long> failedByNode,
            long reportsMarked,
            long doubled,
            long incidents,
            long engineRuns,
            long distinctJobs) {

        static Result read(JdbcTemplate jdbc, int deadlines, Instant due) {
            var lateness = jdbc.queryForList(
                    "select (extract(epoch from occurred_at - ?) * 1000)::bigint from complaint_event where type = ?",
                    Long.class,
                    Timestamp.from(due),
                    OVERDUE_ENTRY);
            var first = jdbc.queryForObject(
                    "select min(occurred_at) from complaint_event where type = ?", Timestamp.class, OVERDUE_ENTRY);
            var last = jdbc.queryForObject(
                    "select max(occurred_at) from complaint_event where type = ?", Timestamp.class, OVERDUE_ENTRY);
            return new Result(
                    deadlines,
                    due,
                    lateness,
                    first.toInstant(),
                    last.toInstant(),
                    jobsByNode(jdbc, 2),
                    jobsByNode(jdbc, 3),
                    count(
                            jdbc,
                            "select count(*) from complaint c where c.verification_overdue and (select count(*)"
                                    + " from complaint_event e where e.complaint_id = c.id and e.type = '"
                                    + OVERDUE_ENTRY + "') = 1"),
                    count(
                            jdbc,
                            "select coalesce(sum(n - 1), 0) from (select count(*) n from complaint_event where type = '"
                                    + OVERDUE_ENTRY + "' group by complaint_id) entries"),
                    count(jdbc, "select count(*) from act_ru_incident"),
                    count(
                            jdbc,
                            "select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = '" + TIMER + "'"),
                    count(
                            jdbc,
                            "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2 and act_id_ = '"
                                    + TIMER + "'"));
        }

        void print(Map<String, Long> meters, Options options) {
            var total = Duration.between(due, last).toMillis() / 1000.0;
            var burst = Duration.between(first, last).toMillis() / 1000.0;
            System.out.printf(
                    "%nDeadlines: %d verification deadlines due at one instant on two nodes (PostgreSQL; settings: %s)%n",
                    deadlines,
                    options.settings().isEmpty() ? "application.yml" : String.join(", ", options.settings()));
            System.out.printf("| measure | value |%n|---|---|%n");
            System.out.printf("| all handled after the due date | %.1f s |%n", total);
            System.out.printf("| deadlines per second (due date → last) | %.0f |%n", deadlines / total);
            System.out.printf("| deadlines per second (first → last) | %.0f |%n", deadlines / burst);
            System.out.printf(
                    "| lateness p50 / p99 / max | %.1f / %.1f / %.1f s |%n",
                    percentile(lateness, 50) / 1000.0,
                    percentile(lateness, 99) / 1000.0,
                    percentile(lateness, 100) / 1000.0);
            System.out.printf(
                    "| first handled after the due date | %.1f s |%n",
                    Duration.between(due, first).toMillis() / 1000.0);
            System.out.printf("| handled by node (engine job log) | %s |%n", byNode);
            System.out.printf(
                    "| failed attempts by node (job log) | %s |%n", failedByNode.isEmpty() ? "none" : failedByNode);
            System.out.printf("| lost (reports not marked overdue exactly once) | %d |%n", deadlines - reportsMarked);
            System.out.printf("| doubled (extra timeline entries) | %d |%n", doubled);
            System.out.printf("| engine runs / distinct timer jobs | %d / %d |%n", engineRuns, distinctJobs);
            System.out.printf("| incidents | %d |%n", incidents);
            System.out.printf("%nJob executor meters since each node started (filing included):%n");
            meters.forEach((name, value) -> System.out.printf("  %-40s %d%n", name, value));
        }
    }

    private record Options(
            int deadlines,
            int threads,
            long timerRows,
            boolean acquisitionOnly,
            String database,
            List<String> settings) {

        static Options parse(String[] args) {
            var deadlines = 10_000;
            var threads = 4;
            var timerRows = 0L;
            var acquisitionOnly = false;
            var database = "aduan_deadlines";
            var settings = new ArrayList<String>();
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--deadlines" -> deadlines = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--timer-rows" -> timerRows = Long.parseLong(args[++i]);
                    case "--acquisition-only" -> acquisitionOnly = true;
                    case "--database" -> database = args[++i];
                    case "--set" -> settings.add(args[++i]);
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i]
                                + "; use --deadlines N, --threads N, --timer-rows N, --acquisition-only, --database NAME,"
                                + " --set name=value");
                }
            }
            return new Options(deadlines, threads, timerRows, acquisitionOnly, database, List.copyOf(settings));
        }
    }
}
