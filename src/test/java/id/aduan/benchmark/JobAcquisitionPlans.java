package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.progress;

import id.aduan.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The job executor's acquisition query at national scale, on the database the deadline benchmark left: it adds
 * future timer rows to {@code ACT_RU_JOB} (the follow-up deadlines of open reports, due over the next six months) and
 * measures the query each node runs to find due jobs with {@code EXPLAIN (ANALYZE, BUFFERS)}: as Aduan runs it today,
 * ordered by due date ({@code jobExecutorAcquireByDueDate}), and ordered without the {@code DUEDATE_ is null} branch
 * ({@code ensureJobDueDateNotNull}); with only the timers coming due since they were added (about 15 a minute) and with
 * a burst of due ones; without indexes, with one on {@code DUEDATE_} and with one on {@code LOCK_EXP_TIME_} too; planned for the values given (custom) and as a statement prepared and run before, as the JDBC
 * driver runs it (auto). The plans go to {@code target/deadline-benchmark/acquisition-plans.txt}.
 */
final class JobAcquisitionPlans {

    /** {@code selectNextJobsToExecute} of the engine's {@code Job.xml} as it reaches PostgreSQL, 3 jobs a time. */
    private static final String ACQUISITION = """
            select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
            from ACT_RU_JOB RES
            where (RES.RETRIES_ > 0)
              and (%s RES.DUEDATE_ <= $1)
              and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < $1)
              and RES.SUSPENSION_STATE_ = 1
              and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from ACT_RU_JOB J2
                      where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                        and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= $1)))
                or RES.EXCLUSIVE_ = false)
            %s
            LIMIT 3 OFFSET 0""";

    private static final List<Variant> VARIANTS = List.of(
            new Variant("Aduan today (no order)", "RES.DUEDATE_ is null or", ""),
            new Variant("acquireByDueDate", "RES.DUEDATE_ is null or", "order by RES.DUEDATE_ asc"),
            new Variant("acquireByDueDate + ensureJobDueDateNotNull", "", "order by RES.DUEDATE_ asc"));

    /**
     * The indexes measured, each built concurrently as an operator adds it to a running database: a plain
     * {@code create index} on a table with updated rows is unusable until every transaction older than the index has
     * ended, in any database of the server ({@code pg_index.indcheckxmin}). {@code DUEDATE_} serves the due jobs;
     * {@code LOCK_EXP_TIME_} the query's {@code not exists} over the jobs locked now, which PostgreSQL otherwise
     * answers by reading every job.
     */
    private static final List<List<String>> INDEXES = List.of(
            List.of(),
            List.of("ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)"),
            List.of(
                    "ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)",
                    "ACT_IDX_JOB_LOCK_EXP_TIME on ACT_RU_JOB (LOCK_EXP_TIME_)"));

    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final int RUNS = 5;
    /** Executions of the prepared statement before it is measured, more than PostgreSQL's five custom plans. */
    private static final int PREPARED_RUNS = 10;

    private JobAcquisitionPlans() {}

    static void measure(PostgresServer.Database database, long timerRows, int dueRows)
            throws SQLException, IOException {
        var properties = database.springProperties();
        try (var connection = DriverManager.getConnection(
                database.url(),
                properties.get("spring.datasource.username"),
                properties.get("spring.datasource.password"))) {
            dropIndexes(connection);
            insertFutureTimers(connection, timerRows);
            var plans = new StringBuilder();
            var table = new ArrayList<String>();
            for (var indexes : INDEXES) {
                dropIndexes(connection);
                for (var index : indexes) {
                    execute(connection, "create index concurrently " + index);
                }
                for (var burst : List.of(false, true)) {
                    execute(connection, "delete from ACT_RU_JOB where ID_ like 'due-%'");
                    if (burst) {
                        insertDueTimers(connection, dueRows);
                    }
                    execute(connection, "analyze ACT_RU_JOB");
                    var jobs = count(connection, "select count(*) from ACT_RU_JOB");
                    for (var variant : VARIANTS) {
                        for (var prepared : List.of(false, true)) {
                            var label = "%s | %s | %s | %s"
                                    .formatted(
                                            indexes.isEmpty()
                                                    ? "none"
                                                    : String.join(
                                                            " + ",
                                                            indexes.stream()
                                                                    .map(index -> index.substring(index.indexOf('(')))
                                                                    .toList()),
                                            burst ? dueRows + " due at once" : "coming due",
                                            variant.name(),
                                            prepared ? "prepared (auto)" : "custom");
                            var measured = explain(connection, variant.sql(), prepared);
                            plans.append("== ")
                                    .append(label)
                                    .append(" (")
                                    .append(jobs)
                                    .append(" jobs)\n")
                                    .append(measured.plan())
                                    .append('\n');
                            table.add(
                                    "| %s | %.2f ms | %s |".formatted(label, measured.medianMillis(), measured.top()));
                            progress("  %s: %.2f ms", label, measured.medianMillis());
                        }
                    }
                }
            }
            execute(connection, "delete from ACT_RU_JOB where ID_ like 'due-%'");
            dropIndexes(connection);
            var file = Path.of("target", "deadline-benchmark", "acquisition-plans.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, plans);
            System.out.printf(
                    "%nJob acquisition with %d future timer rows in ACT_RU_JOB (median of %d runs; plans in %s)%n",
                    timerRows, RUNS, file);
            System.out.printf(
                    "| index | due jobs | query | plan | execution time | top of the plan |%n|---|---|---|---|---|---|%n");
            table.forEach(System.out::println);
        }
    }

    private static void dropIndexes(Connection connection) throws SQLException {
        for (var index : List.of("ACT_IDX_JOB_DUEDATE", "ACT_IDX_JOB_LOCK_EXP_TIME")) {
            execute(connection, "drop index concurrently if exists " + index);
        }
    }

    /**
     * Future timers of open reports' follow-ups, up to the number given (a database measured before keeps its rows): four a process instance (the reminder, the deadline and two
     * escalations), of the real job definition, due at random over the next 180 days.
     */
    private static void insertFutureTimers(Connection connection, long rows) throws SQLException {
        var batch = 500_000L;
        var present = count(connection, "select count(*) from ACT_RU_JOB where ID_ like 'future-%'");
        for (var from = present + 1; from <= rows; from += batch) {
            var to = Math.min(rows, from + batch - 1);
            execute(
                    connection,
                    timers(
                            "'future-' || g",
                            "'future-' || (g / 4)",
                            "localtimestamp + random() * interval '180 days'",
                            from,
                            to));
            progress("Inserted %d of %d future timer rows", to, rows);
        }
    }

    /** A burst of timers due a second ago, of process instances of their own. */
    private static void insertDueTimers(Connection connection, int rows) throws SQLException {
        execute(connection, timers("'due-' || g", "'due-' || g", "localtimestamp - interval '1 second'", 1, rows));
    }

    private static String timers(String id, String instance, String dueDate, long from, long to) {
        return """
                insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, EXECUTION_ID_, ROOT_PROC_INST_ID_,
                  PROCESS_INSTANCE_ID_, PROCESS_DEF_ID_, PROCESS_DEF_KEY_, RETRIES_, DUEDATE_, HANDLER_TYPE_,
                  HANDLER_CFG_, DEPLOYMENT_ID_, SUSPENSION_STATE_, JOB_DEF_ID_, PRIORITY_, SEQUENCE_COUNTER_,
                  CREATE_TIME_)
                select %1$s, 1, 'timer', true, %1$s, %2$s, %2$s, d.PROC_DEF_ID_, d.PROC_DEF_KEY_, 3, %3$s,
                  'timer-transition', d.ACT_ID_, p.DEPLOYMENT_ID_, 1, d.ID_, 0, 1, localtimestamp
                from generate_series(%4$d, %5$d) g,
                  (select * from ACT_RU_JOBDEF where ACT_ID_ = 'BoundaryEvent_FollowUpDeadlineReached' limit 1) d
                  join ACT_RE_PROCDEF p on p.ID_ = d.PROC_DEF_ID_""".formatted(id, instance, dueDate, from, to);
    }

    /**
     * Runs the query as a prepared statement, like the JDBC driver does once a connection has run it five times: in
     * {@code auto} mode PostgreSQL then plans each execution for its values (custom) or reuses one plan for any
     * values (generic), whichever it estimates cheaper; {@code force_custom_plan} shows the plan for the values.
     */
    private static Measured explain(Connection connection, String query, boolean prepared) throws SQLException {
        var now = "'" + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "'";
        execute(connection, "set plan_cache_mode = " + (prepared ? "auto" : "force_custom_plan"));
        execute(connection, "prepare acquisition(timestamp) as " + query);
        try {
            for (var run = 0; run < (prepared ? PREPARED_RUNS : 1); run++) {
                execute(connection, "execute acquisition(" + now + ")");
            }
            var times = new ArrayList<Double>();
            var plan = "";
            for (var run = 0; run < RUNS; run++) {
                plan = String.join(
                        "\n", lines(connection, "explain (analyze, buffers) execute acquisition(" + now + ")"));
                var time = EXECUTION_TIME.matcher(plan);
                if (time.find()) {
                    times.add(Double.parseDouble(time.group(1)));
                }
            }
            times.sort(null);
            return new Measured(
                    times.get(times.size() / 2),
                    plan.lines().findFirst().orElse("").trim(),
                    plan);
        } finally {
            execute(connection, "deallocate acquisition");
            execute(connection, "reset plan_cache_mode");
        }
    }

    private static List<String> lines(Connection connection, String sql) throws SQLException {
        var lines = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(lines(connection, sql).get(0));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record Variant(String name, String nullDueDate, String order) {

        String sql() {
            return ACQUISITION.formatted(nullDueDate, order);
        }
    }

    private record Measured(double medianMillis, String top, String plan) {}
}
