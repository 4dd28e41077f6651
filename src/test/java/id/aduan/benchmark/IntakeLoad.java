package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Citizens filing reports through Aduan's public API, {@code POST /api/complaints}, as fast as a number of clients
 * can: the throughput and latency of intake ({@link #file}), and the database rows each report writes on PostgreSQL
 * ({@link #rowsPerReport}). A part of the benchmark programs ({@link IntakeBenchmark}), not a test.
 *
 * <p>Each report comes from an address of its own in 198.18.0.0/15 (RFC 2544's range for benchmarks), given in
 * {@code X-Forwarded-For}, so that the rate limit counts it like a citizen's report and not all of them against
 * 127.0.0.1: start Aduan with {@link #SETTINGS}.
 *
 * <pre>{@code
 * var before = IntakeLoad.tableWrites(dataSource);
 * var filing = IntakeLoad.file(URI.create("http://127.0.0.1:8080"), 8, 2_000, 200);
 * var rows = IntakeLoad.rowsPerReport(dataSource, before, filing.reports() + 200);
 * }</pre>
 */
public final class IntakeLoad {

    /** What Aduan must run with for {@link #file}: Tomcat takes each report's address from X-Forwarded-For. */
    public static final List<String> SETTINGS = List.of("--server.forward-headers-strategy=native");

    /** How long PostgreSQL may take to publish a backend's counts in {@code pg_stat_user_tables} (PostgreSQL 15). */
    private static final Duration STATISTICS_DELAY = Duration.ofSeconds(11);

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private IntakeLoad() {}

    /**
     * Files {@code warmUp} reports, then {@code reports} measured ones, each client sending its next report when the
     * previous one was answered.
     *
     * @param base Aduan's address, such as {@code http://127.0.0.1:8080}
     * @return the measured reports' throughput, latency and failures (answers other than 201, and I/O errors)
     */
    public static Filing file(URI base, int clients, int reports, int warmUp) throws InterruptedException {
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        if (warmUp > 0) {
            progress("Warming up with %d reports", warmUp);
            file(http, base, clients, warmUp);
        }
        progress("Filing %d reports with %d clients", reports, clients);
        return file(http, base, clients, reports);
    }

    private static Filing file(HttpClient http, URI base, int clients, int reports) throws InterruptedException {
        var run = Benchmarks.concurrently(clients, reports, 1_000, "reports filed", i -> fileOne(http, base, i));
        return new Filing(
                reports,
                clients,
                run.seconds(),
                run.latenciesMillis(),
                run.failures(),
                run.cpuBefore(),
                run.cpuAfter());
    }

    private static boolean fileOne(HttpClient http, URI base, int number) {
        return Benchmarks.created(
                http,
                HttpRequest.newBuilder(base.resolve("/api/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", nextAddress())
                        .POST(HttpRequest.BodyPublishers.ofString(report(number)))
                        .build());
    }

    /** 198.18.0.0 – 198.19.255.255, then again: 131,072 citizens. */
    private static String nextAddress() {
        var n = NEXT_ADDRESS.getAndIncrement() & 0x1_FFFF;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }

    /** A citizen's complaint about a road, with a name and an e-mail address for the receipt. */
    private static String report(int number) {
        return """
                {"type": "COMPLAINT", "title": "Jalan rusak di Sekayu %d",
                 "description": "Jalan poros desa berlubang besar sejak tiga bulan; dua pengendara motor jatuh minggu lalu.",
                 "categoryCode": "ROADS", "regionCode": "16.06",
                 "location": {"address": "Jl. Merdeka, Sekayu", "latitude": -2.8833, "longitude": 103.85},
                 "reporter": {"name": "Siti Aminah", "email": "warga%d@example.org"}}""".formatted(number, number);
    }

    /**
     * The rows inserted, updated and deleted so far in each table of the database's current schema, from PostgreSQL's
     * {@code pg_stat_user_tables}: Aduan's tables and the engine's {@code ACT_*} ones.
     */
    public static Map<String, TableWrites> tableWrites(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            var writes = new LinkedHashMap<String, TableWrites>();
            try (var rows = statement.executeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_del"
                    + " from pg_stat_user_tables where schemaname = current_schema() order by relname")) {
                while (rows.next()) {
                    writes.put(
                            rows.getString(1).toLowerCase(),
                            new TableWrites(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
            return writes;
        }
    }

    /**
     * The rows written per report since {@code before}: waits until the engine has run every job that is due (the
     * reports' e-mails and webhooks are part of their cost), and until PostgreSQL has published the counts.
     *
     * @param reports every report filed since {@code before}, warm-up included
     */
    public static RowsPerReport rowsPerReport(DataSource dataSource, Map<String, TableWrites> before, int reports)
            throws SQLException, InterruptedException {
        var drain = awaitDueJobs(dataSource);
        var cpu = CpuTime.now();
        TimeUnit.MILLISECONDS.sleep(STATISTICS_DELAY.toMillis());
        var after = tableWrites(dataSource);
        var perTable = new ArrayList<TableRows>();
        after.forEach((table, writes) -> {
            var earlier = before.getOrDefault(table, new TableWrites(0, 0, 0));
            var inserted = (writes.inserted() - earlier.inserted()) / (double) reports;
            var updated = (writes.updated() - earlier.updated()) / (double) reports;
            var deleted = (writes.deleted() - earlier.deleted()) / (double) reports;
            if (inserted + updated + deleted > 0) {
                perTable.add(new TableRows(table, inserted, updated, deleted));
            }
        });
        perTable.sort(Comparator.comparingDouble(TableRows::inserted)
                .thenComparingDouble(TableRows::written)
                .reversed());
        return new RowsPerReport(perTable, drain, cpu);
    }

    /** Waits for the job executor to run the jobs that are due, and says how long that took. */
    private static Duration awaitDueJobs(DataSource dataSource) throws SQLException, InterruptedException {
        var started = System.nanoTime();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            while (true) {
                try (var rows = statement.executeQuery("select count(*) from act_ru_job where retries_ > 0"
                        + " and suspension_state_ = 1 and (duedate_ is null or duedate_ <= current_timestamp)")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return Duration.ofNanos(System.nanoTime() - started);
                    }
                }
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
    }

    /**
     * The measured reports: how many, with how many clients, in how many seconds, each request's latency, and the
     * processor time when the first was sent and when the last was answered.
     */
    public record Filing(
            int reports,
            int clients,
            double seconds,
            List<Long> latenciesMillis,
            int failures,
            CpuTime cpuBefore,
            CpuTime cpuAfter) {

        public double reportsPerSecond() {
            return reports / seconds;
        }

        /** The latency in milliseconds that this per cent of the requests did not exceed (50, 95, 99, 100). */
        public long latencyMillis(int percentile) {
            return percentile(latenciesMillis, percentile);
        }
    }

    /** Rows a table had inserted, updated and deleted. */
    public record TableWrites(long inserted, long updated, long deleted) {}

    /** Rows a table had inserted, updated and deleted per report. */
    public record TableRows(String table, double inserted, double updated, double deleted) {

        public double written() {
            return inserted + updated + deleted;
        }
    }

    /**
     * The rows written per report in each table that was written, most inserted first, how long the job executor
     * took after the last report to run every job that was due, and the processor time when it was done.
     */
    public record RowsPerReport(List<TableRows> tables, Duration drain, CpuTime cpuDrained) {

        public double inserted() {
            return tables.stream().mapToDouble(TableRows::inserted).sum();
        }

        public double updated() {
            return tables.stream().mapToDouble(TableRows::updated).sum();
        }

        public double deleted() {
            return tables.stream().mapToDouble(TableRows::deleted).sum();
        }
    }
}
