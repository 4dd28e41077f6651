package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The floor under intake on this machine: the Camunda engine alone, without Aduan, HTTP or e-mail, starting a process
 * whose only step is a user task for a candidate group, with {@code --variables} short text variables, from
 * {@code --threads} threads on PostgreSQL. Each report at intake does at least this (its verification task) and much
 * more, so {@link IntakeBenchmark} cannot file more reports a second than this program starts instances. A program, not
 * a test: README, "Benchmarks", says how to run it.
 *
 * <p>The engine runs with the history level {@code --history} ({@code audit}: instances, activities, tasks and
 * variables, less than Aduan's level keeps), its job executor off, and a pool of two connections per thread to the
 * database {@code --database} ({@code aduan_floor}) of the tests' PostgreSQL ({@code ADUAN_TEST_DB_HOST},
 * {@code ADUAN_TEST_DB_PORT}, {@code ADUAN_TEST_DB_USER}), created empty beforehand.
 */
public final class EngineFloorBenchmark {

    private static final String PROCESS = "EngineFloor";

    private EngineFloorBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        var options = Options.parse(args);
        try (var dataSource = dataSource(options)) {
            var engine = engine(dataSource, options.history());
            try {
                engine.getRepositoryService()
                        .createDeployment()
                        .addModelInstance(PROCESS + ".bpmn", model())
                        .deploy();
                progress("Warming up with %d instances", options.warmUp());
                start(engine, options, options.warmUp());
                progress("Starting %d instances with %d threads", options.instances(), options.threads());
                var run = start(engine, options, options.instances());
                System.out.printf(
                        "%nEngine alone: a user task and %d variables an instance, history %s, %d threads, PostgreSQL"
                                + " database %s%n",
                        options.variables(), options.history(), options.threads(), options.database());
                System.out.println("| instances/s | p50 | p99 | max | processor time per instance |");
                System.out.println("|---|---|---|---|---|");
                System.out.printf(
                        "| %.1f | %d ms | %d ms | %d ms | %.1f ms of the machine's, %.1f ms in this JVM |%n",
                        options.instances() / run.seconds(),
                        percentile(run.latenciesMillis(), 50),
                        percentile(run.latenciesMillis(), 99),
                        percentile(run.latenciesMillis(), 100),
                        run.cpuAfter().machineMillisPer(run.cpuBefore(), options.instances()),
                        run.cpuAfter().jvmMillisPer(run.cpuBefore(), options.instances()));
            } finally {
                engine.close();
            }
        }
    }

    private static Benchmarks.Run start(ProcessEngine engine, Options options, int instances)
            throws InterruptedException {
        return Benchmarks.concurrently(options.threads(), instances, 1_000, "instances started", i -> {
            engine.getRuntimeService()
                    .startProcessInstanceByKey(PROCESS, "floor-" + i, variables(options.variables(), i));
            return true;
        });
    }

    /** Texts about as long as a report's title, agency name and tracking number. */
    private static Map<String, Object> variables(int count, int instance) {
        var variables = new HashMap<String, Object>();
        for (var v = 0; v < count; v++) {
            variables.put("text" + v, "Jalan rusak di Sekayu, laporan nomor " + instance + ", teks " + v);
        }
        return variables;
    }

    private static org.camunda.bpm.model.bpmn.BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1_825)
                .startEvent("Started")
                .userTask("VerifyReport")
                .camundaCandidateGroups("verifiers")
                .endEvent("Ended")
                .done();
    }

    private static ProcessEngine engine(HikariDataSource dataSource, String history) {
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(history);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setProcessEngineName("engine-floor");
        return configuration.buildProcessEngine();
    }

    private static HikariDataSource dataSource(Options options) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://"
                + System.getenv().getOrDefault("ADUAN_TEST_DB_HOST", "localhost") + ":"
                + System.getenv().getOrDefault("ADUAN_TEST_DB_PORT", "5432") + "/" + options.database());
        dataSource.setUsername(System.getenv().getOrDefault("ADUAN_TEST_DB_USER", "postgres"));
        // The engine fetches its next block of ids on a second connection while a command holds the first.
        dataSource.setMaximumPoolSize(2 * options.threads());
        dataSource.setAutoCommit(false);
        return dataSource;
    }

    private record Options(int instances, int threads, int warmUp, int variables, String history, String database) {

        static Options parse(String[] args) {
            var instances = 2_000;
            var threads = 8;
            var warmUp = 500;
            var variables = 13;
            var history = ProcessEngineConfiguration.HISTORY_AUDIT;
            var database = "aduan_floor";
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--instances" -> instances = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--variables" -> variables = Integer.parseInt(args[++i]);
                    case "--history" -> history = args[++i];
                    case "--database" -> database = args[++i];
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i] + "; use --instances N,"
                                + " --threads N, --warm-up N, --variables N, --history none|activity|audit|full,"
                                + " --database NAME");
                }
            }
            return new Options(instances, threads, warmUp, variables, history, database);
        }
    }
}
