package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Aduan at national scale on PostgreSQL: drops and creates the database {@code --database} (default
 * {@code aduan_scale}) on the server of the PostgreSQL tests ({@code ADUAN_TEST_DB_HOST}, {@code ADUAN_TEST_DB_PORT},
 * {@code ADUAN_TEST_DB_USER}), starts Aduan once so that Flyway and the engine create their tables and the reference
 * data, loads {@code --reports} reports with {@link ReportGenerator} into Aduan's own tables as the application writes
 * them (without process instances), then starts Aduan as in production in a JVM of its own and measures:
 *
 * <ul>
 *   <li>the time from the JVM's start to ready ({@code /actuator/health/readiness}) and its resident memory;
 *   <li>for each page of {@link #PAGES}, after a warm-up, sequential requests (p50, p95, requests per second) and the
 *       same with {@code --clients} clients at once;
 *   <li>the staff CSV export of one agency and of all: time, rows per second and the resident memory of Aduan before,
 *       at most during, and after.
 * </ul>
 *
 * When {@code /api/statistics} says whether the statistics caught up with the timeline ({@code caughtUp}), it waits for
 * that before measuring. Prints progress and a markdown table. A program, not a test: README, "Benchmarks", says how to
 * run it.
 */
public final class ScaleBenchmark {

    /**
     * What is measured: one line each. {@code {agency}} is the agency with the most assignments, {@code {deepList}}
     * the public list's page that its next-page links lead to after {@code --deep-hops} pages.
     */
    private static final List<Page> PAGES = List.of(
            new Page("statistics API", "/api/statistics", false),
            new Page("statistics API, all time", "/api/statistics?period=all", false),
            new Page("statistics API, a range of days", "/api/statistics?period=2024-02-10..2025-03-20", false),
            new Page("statistics page", "/statistik", false),
            new Page("province page", "/statistik/provinsi/{province}", false),
            new Page("government page", "/statistik/pemerintah/{government}", false),
            new Page("every government (API)", "/api/statistics/governments", false),
            new Page("every agency (CSV)", "/api/statistics/agencies.csv", false),
            new Page("league table", "/statistik/peringkat", false),
            new Page("backlog", "/statistik/tunggakan", false),
            new Page("connected governments", "/statistik/terhubung", false),
            new Page("agencies page", "/instansi", false),
            new Page("home page", "/", false),
            new Page("busiest agency's page", "/instansi/{agency}", false),
            new Page("public list, first page", "/laporan", false),
            new Page("public list, deep page", "{deepList}", false),
            new Page("overdue API (first page)", "/api/overdue", true));

    private static final List<Page> EXPORTS = List.of(
            new Page("CSV export, busiest agency", "/staff/reports.csv?agencyCode={agency}", true),
            new Page("CSV export, all agencies", "/staff/reports.csv", true));

    /** The national administrator the demo run creates (camunda.bpm.admin-user, DemoStaff). */
    private static final String STAFF =
            "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));

    private static final Pattern NEXT_LINK = Pattern.compile("<a\\b[^>]*\\brel=\"next\"[^>]*>");
    private static final Pattern LAST_LINK = Pattern.compile("<a\\b[^>]*\\brel=\"last\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofHours(2);

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final List<String> phases = new ArrayList<>();
    private final List<String> table = new ArrayList<>();

    private ScaleBenchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new ScaleBenchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        var begin = System.nanoTime();
        ReportGenerator.Loaded loaded = null;
        if (!options.skipLoad()) {
            recreateDatabase();
            var schema = System.nanoTime();
            try (var aduan = Aduan.start(options, true)) {
                progress("Aduan made its schema and reference data in %.1f s; stopping it", aduan.readySeconds());
            }
            phases.add(
                    "schema (Aduan's first start on the empty database, demo data): %.1f s".formatted(seconds(schema)));
            ReportGenerator.Catalogue catalogue;
            try (var connection = connect(options.database())) {
                progress("Adding national regions and agencies");
                catalogue = ReportGenerator.loadReference(connection);
            }
            // As after adding agencies through the administration API: the next start makes their staff groups.
            var groups = System.nanoTime();
            try (var aduan = Aduan.start(options, false)) {
                progress("Aduan made the new agencies' staff groups in %.1f s; stopping it", aduan.readySeconds());
            }
            phases.add("staff groups of the added agencies (one more start): %.1f s".formatted(seconds(groups)));
            try (var connection = connect(options.database())) {
                progress(
                        "Loading %,d reports over %d regencies and cities with COPY",
                        options.reports(), catalogue.places());
                loaded = new ReportGenerator(catalogue, Instant.now(), options.seed())
                        .load(connection, options.reports());
                var analysis = System.nanoTime();
                progress("Analysing the tables (VACUUM ANALYZE, as autovacuum would)");
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
                phases.add(("load: %,d reports, %,d assignments, %,d timeline entries, %,d tokens in %.1f s"
                                + " (%,.0f reports/s); vacuum analyze %.1f s")
                        .formatted(
                                loaded.reports(),
                                loaded.assignments(),
                                loaded.events(),
                                loaded.tokens(),
                                loaded.seconds(),
                                loaded.reports() / loaded.seconds(),
                                seconds(analysis)));
            }
        }
        String agency;
        String province;
        long agencyAssignments;
        try (var connection = connect(options.database());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select agency_code, count(*) from complaint_assignment"
                        + " group by agency_code order by count(*) desc limit 1")) {
            rows.next();
            agency = rows.getString(1);
            agencyAssignments = rows.getLong(2);
        }
        progress("The busiest agency: %s with %,d assignments", agency, agencyAssignments);
        String government;
        try (var connection = connect(options.database());
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select g.code, g.region_code from agency g"
                                + " join agency u on u.parent_code = g.code join complaint_assignment a on a.agency_code = u.code"
                                + " where g.level = 'REGENCY_CITY' group by g.code, g.region_code order by count(*) desc limit 1")) {
            rows.next();
            government = rows.getString(1);
            province = rows.getString(2).split("\\.")[0];
        }
        progress("The busiest regional government: %s, in province %s", government, province);

        try (var aduan = Aduan.start(options, false)) {
            phases.add("start-up to ready: %.1f s (%s); resident %d MB"
                    .formatted(aduan.readySeconds(), aduan.startedLine(), aduan.residentMegabytes()));
            table.add(row(
                    "start-up to ready",
                    "",
                    "%.1f s".formatted(aduan.readySeconds()),
                    "",
                    "",
                    "",
                    "",
                    "resident %d MB at ready".formatted(aduan.residentMegabytes())));
            catchUp(aduan);
            var measuring = System.nanoTime();
            var deepList = deepList(aduan);
            for (var page : PAGES) {
                measure(aduan, page.name(), page.resolve(agency, government, province, deepList), page.staff());
            }
            for (var export : EXPORTS) {
                export(aduan, export.name(), export.resolve(agency, government, province, deepList));
            }
            if (options.intake() > 0) {
                intake(aduan);
            }
            phases.add("measurements: %.0f s".formatted(seconds(measuring)));
            table.add(row(
                    "resident memory after the measurements",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "%d MB".formatted(aduan.residentMegabytes())));
        }
        phases.add("total: %.0f s".formatted(seconds(begin)));
        print(loaded);
    }

    /**
     * Citizens filing reports through the public API while the national data set is loaded ({@link IntakeLoad}), last
     * because it adds reports: reports per second, latency, and the database rows each report wrote.
     */
    private void intake(Aduan aduan) throws Exception {
        var dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://" + host() + ":" + port() + "/" + options.database());
        dataSource.setUser(user());
        var warmUp = Math.max(options.intake() / 10, 1);
        var before = IntakeLoad.tableWrites(dataSource);
        var filing = IntakeLoad.file(URI.create(aduan.base), options.intakeClients(), options.intake(), warmUp);
        var rows = IntakeLoad.rowsPerReport(dataSource, before, options.intake() + warmUp);
        table.add(row(
                "intake, %d citizens at once".formatted(options.intakeClients()),
                "POST /api/complaints",
                "%d".formatted(filing.reports()),
                "%d".formatted(filing.latencyMillis(50)),
                "%d".formatted(filing.latencyMillis(95)),
                "",
                "%.1f reports/s".formatted(filing.reportsPerSecond()),
                "p99 %d ms, %d failed; %.0f rows inserted and %.0f updated per report"
                        .formatted(filing.latencyMillis(99), filing.failures(), rows.inserted(), rows.updated())));
    }

    private void recreateDatabase() throws SQLException {
        progress("Dropping and creating the database %s", options.database());
        try (var connection = connect("postgres");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + options.database() + " with (force)");
            statement.execute("create database " + options.database());
        }
    }

    /** Waits until {@code /api/statistics} says it caught up with the timeline, when it says so at all. */
    private void catchUp(Aduan aduan) throws Exception {
        var begin = System.nanoTime();
        var json = new ObjectMapper();
        var lastProgress = 0L;
        while (true) {
            var response = get(aduan, "/api/statistics", false);
            var body = json.readTree(response.body());
            var caughtUp = body.get("caughtUp");
            if (caughtUp == null) {
                progress("/api/statistics does not say whether it caught up (no caughtUp): measuring at once");
                phases.add("statistics catch-up: not reported by /api/statistics");
                return;
            }
            if (caughtUp.asBoolean()) {
                phases.add("statistics catch-up after ready: %.1f s".formatted(seconds(begin)));
                progress("Statistics caught up in %.1f s", seconds(begin));
                return;
            }
            if (seconds(begin) > CATCH_UP_TIMEOUT.toSeconds()) {
                throw new IllegalStateException("The statistics did not catch up in " + CATCH_UP_TIMEOUT);
            }
            if (System.nanoTime() - lastProgress > 5_000_000_000L) {
                lastProgress = System.nanoTime();
                progress(
                        "  statistics catching up: asOf %s, %.0f s",
                        body.path("asOf").asText("?"), seconds(begin));
            }
            Thread.sleep(500);
        }
    }

    /**
     * The public list's page reached by its own links: the last page when it offers one, otherwise {@code
     * --deep-hops} next-page links from the first.
     */
    private String deepList(Aduan aduan) throws Exception {
        var begin = System.nanoTime();
        var path = "/laporan";
        var html = get(aduan, path, false).body();
        var last = link(LAST_LINK, html);
        if (last != null) {
            progress("The public list's deepest page: %s (its last-page link)", last);
            return last;
        }
        progress("Following %d next-page links of the public list", options.deepHops());
        for (var hop = 1; hop <= options.deepHops(); hop++) {
            var next = link(NEXT_LINK, html);
            if (next == null) {
                break;
            }
            path = next;
            html = get(aduan, path, false).body();
            if (hop % 25 == 0) {
                progress("  %d pages: %s (%.0f s)", hop, path, seconds(begin));
            }
        }
        progress("The public list's deep page: %s", path);
        return path;
    }

    private static String link(Pattern pattern, String html) {
        var tag = pattern.matcher(html);
        if (!tag.find()) {
            return null;
        }
        var href = HREF.matcher(tag.group());
        return href.find() ? href.group(1).replace("&amp;", "&") : null;
    }

    /** Warm-up, then sequential requests, then {@code --clients} clients at once, each within the time budget. */
    private void measure(Aduan aduan, String name, String path, boolean staff) throws Exception {
        progress("%s: %s", name, path);
        var first = get(aduan, path, staff);
        if (first.statusCode() != 200) {
            table.add(row(name, path, "", "", "", "", "", "HTTP " + first.statusCode()));
            progress("  HTTP %d: not measured", first.statusCode());
            return;
        }
        for (var i = 1; i < options.warmUp(); i++) {
            get(aduan, path, staff);
        }
        var latencies = new ArrayList<Long>();
        var begin = System.nanoTime();
        while (latencies.size() < options.requests() && (latencies.size() < 5 || seconds(begin) < options.seconds())) {
            var start = System.nanoTime();
            get(aduan, path, staff);
            latencies.add((System.nanoTime() - start) / 1_000);
        }
        var sequential = latencies.size() / seconds(begin);
        var concurrent = options.clients() > 1 ? concurrently(aduan, path, staff) : Double.NaN;
        var bytes = first.body().getBytes(StandardCharsets.UTF_8).length;
        table.add(row(
                name,
                path,
                "%d".formatted(latencies.size()),
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 95)),
                "%.1f".formatted(sequential),
                Double.isNaN(concurrent) ? "" : "%.1f".formatted(concurrent),
                "%,d bytes".formatted(bytes)));
        progress(
                "  p50 %s ms, p95 %s ms, %.1f requests/s; %d clients: %.1f requests/s",
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 95)),
                sequential,
                options.clients(),
                concurrent);
    }

    private double concurrently(Aduan aduan, String path, boolean staff) throws InterruptedException {
        var done = new AtomicLong();
        var begin = System.nanoTime();
        var failed = new AtomicBoolean();
        var clients = Executors.newFixedThreadPool(options.clients());
        try {
            for (var client = 0; client < options.clients(); client++) {
                clients.submit(() -> {
                    var mine = 0;
                    while (mine < options.requests() && (mine < 2 || seconds(begin) < options.seconds())) {
                        try {
                            get(aduan, path, staff);
                        } catch (IOException | InterruptedException e) {
                            failed.set(true);
                            return;
                        }
                        mine++;
                        done.incrementAndGet();
                    }
                });
            }
        } finally {
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.HOURS);
        }
        if (failed.get()) {
            progress("  a concurrent request failed");
        }
        return done.get() / seconds(begin);
    }

    /** The export streamed and counted as it arrives, with Aduan's resident memory sampled every 50 ms. */
    private void export(Aduan aduan, String name, String path) throws Exception {
        progress("%s: %s", name, path);
        var before = aduan.residentMegabytes();
        var peak = new AtomicLong(before);
        var sampling = new AtomicBoolean(true);
        var sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(aduan.residentMegabytes(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var times = new ArrayList<Long>();
        long rows = 0;
        for (var i = 0; i < options.exports(); i++) {
            var begin = System.nanoTime();
            var response = http.send(request(aduan, path, true), HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                if (response.statusCode() != 200) {
                    table.add(row(name, path, "", "", "", "", "", "HTTP " + response.statusCode()));
                    sampling.set(false);
                    return;
                }
                rows = lines(body) - 1;
            }
            times.add((System.nanoTime() - begin) / 1_000);
            progress(
                    "  %,d rows in %.1f s, resident %d MB",
                    rows, times.get(times.size() - 1) / 1e6, aduan.residentMegabytes());
        }
        sampling.set(false);
        sampler.join();
        var after = aduan.residentMegabytes();
        var median = percentile(times, 50);
        table.add(row(
                name,
                path,
                "%d".formatted(times.size()),
                millis(median),
                millis(percentile(times, 95)),
                "",
                "",
                "%,d rows, %,.0f rows/s; resident %d → max %d → %d MB"
                        .formatted(rows, rows / (median / 1e6), before, peak.get(), after)));
    }

    private static long lines(InputStream body) throws IOException {
        var buffer = new byte[65_536];
        long lines = 0;
        for (var read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            for (var i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    private HttpResponse<String> get(Aduan aduan, String path, boolean staff) throws IOException, InterruptedException {
        return http.send(request(aduan, path, staff), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(Aduan aduan, String path, boolean staff) {
        var request = HttpRequest.newBuilder(URI.create(aduan.base() + path)).timeout(Duration.ofMinutes(10));
        if (staff) {
            request.header("Authorization", STAFF);
        }
        return request.GET().build();
    }

    private void print(ReportGenerator.Loaded loaded) throws SQLException {
        String postgres;
        long reports;
        try (var connection = connect(options.database());
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select current_setting('server_version')," + " (select count(*) from complaint)")) {
            rows.next();
            postgres = rows.getString(1);
            reports = rows.getLong(2);
        }
        System.out.printf(
                "%nAduan with %,d reports on PostgreSQL %s (database %s)%s; %d cores, %s, Java %s%n",
                reports,
                postgres,
                options.database(),
                loaded == null ? " (loaded before)" : "",
                Runtime.getRuntime().availableProcessors(),
                memory(),
                System.getProperty("java.version"));
        System.out.println("Loaded reports have their data and timeline but no process instances (no timers, tasks or"
                + " history): the deadlines are measured separately.");
        System.out.println();
        phases.forEach(phase -> System.out.println("- " + phase));
        System.out.println();
        System.out.println(row(
                "measurement",
                "path",
                "requests",
                "p50 ms",
                "p95 ms",
                "requests/s",
                "requests/s, " + options.clients() + " clients",
                "notes"));
        System.out.println("|---|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    private static String memory() {
        try (var lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                    .findFirst()
                    .orElse("memory unknown");
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    private static String row(String... cells) {
        return Stream.of(cells).collect(Collectors.joining(" | ", "| ", " |"));
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, micros < 100_000 ? "%.1f" : "%.0f", micros / 1000.0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://%s:%s/%s".formatted(host(), port(), database), user(), "");
    }

    private static String host() {
        return System.getenv().getOrDefault("ADUAN_TEST_DB_HOST", "localhost");
    }

    private static String port() {
        return System.getenv().getOrDefault("ADUAN_TEST_DB_PORT", "5432");
    }

    private static String user() {
        return System.getenv().getOrDefault("ADUAN_TEST_DB_USER", "postgres");
    }

    record Page(String name, String path, boolean staff) {

        String resolve(String agency, String government, String province, String deepList) {
            return path.replace("{agency}", agency)
                    .replace("{government}", government)
                    .replace("{province}", province)
                    .replace("{deepList}", deepList);
        }
    }

    /**
     * Aduan in a JVM of its own, from this program's class path without the test classes, as in production on the
     * PostgreSQL database, job executor on; its log in {@code target/scale-benchmark-aduan-<n>.log}.
     */
    private static final class Aduan implements AutoCloseable {

        private static int starts;

        private final Process process;
        private final String base;
        private final double readySeconds;
        private final Path log;

        private Aduan(Process process, String base, double readySeconds, Path log) {
            this.process = process;
            this.base = base;
            this.readySeconds = readySeconds;
            this.log = log;
        }

        /** @param demo the demo run's staff and partners (the first start); off as in production otherwise */
        static Aduan start(Options options, boolean demo) throws Exception {
            var port = freePort();
            var log = Path.of("target", "scale-benchmark-aduan-" + (++starts) + ".log");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options.jvmOptions());
            command.addAll(List.of("-cp", classPath(), "id.aduan.AduanApplication"));
            command.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--ADUAN_DB_HOST=" + host(),
                    "--ADUAN_DB_PORT=" + port(),
                    "--ADUAN_DB_NAME=" + options.database(),
                    "--ADUAN_DB_USER=" + user(),
                    "--server.port=" + port,
                    // The development run's mail server, so that no SMTP server is needed; demo staff only when asked.
                    "--aduan.development=true",
                    "--aduan.demo.enabled=" + demo,
                    "--camunda.bpm.job-execution.enabled=true",
                    "--spring.main.banner-mode=off"));
            command.addAll(IntakeLoad.SETTINGS);
            progress("Starting Aduan (%s, port %d, log %s)", demo ? "demo data" : "as in production", port, log);
            var begin = System.nanoTime();
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var base = "http://127.0.0.1:" + port;
            var client = HttpClient.newHttpClient();
            var ready = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Aduan stopped while starting; see " + log.toAbsolutePath());
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (seconds(begin) > READY_TIMEOUT.toSeconds()) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Aduan was not ready in " + READY_TIMEOUT + "; see " + log);
                }
                Thread.sleep(100);
            }
            var aduan = new Aduan(process, base, seconds(begin), log);
            progress(
                    "Aduan ready in %.1f s, resident %d MB (pid %d)",
                    aduan.readySeconds(), aduan.residentMegabytes(), process.pid());
            return aduan;
        }

        String base() {
            return base;
        }

        double readySeconds() {
            return readySeconds;
        }

        /** Spring Boot's own "Started … in … seconds" line, from the log. */
        String startedLine() throws IOException {
            try (var lines = Files.lines(log)) {
                return lines.filter(line -> line.contains("Started AduanApplication in"))
                        .map(line -> line.substring(line.indexOf("Started AduanApplication in") + 8))
                        .findFirst()
                        .orElse("no start line in the log");
            }
        }

        long residentMegabytes() {
            try (var lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                return lines.filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                        .findFirst()
                        .orElse(0);
            } catch (IOException | UncheckedIOException e) {
                return 0;
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        /** The class path this program runs with (exec:java's class loader), less the test classes and resources. */
        private static String classPath() throws URISyntaxException {
            var paths = new ArrayList<String>();
            if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
                for (var url : loader.getURLs()) {
                    paths.add(Path.of(url.toURI()).toString());
                }
            }
            if (paths.isEmpty()) {
                Collections.addAll(paths, System.getProperty("java.class.path").split(File.pathSeparator));
            }
            return paths.stream()
                    .filter(path -> !path.endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    private record Options(
            int reports,
            String database,
            int requests,
            int warmUp,
            int clients,
            double seconds,
            int exports,
            int deepHops,
            long seed,
            boolean skipLoad,
            List<String> jvmOptions,
            int intake,
            int intakeClients) {

        static Options parse(String[] args) {
            var reports = 10_000;
            var database = "aduan_scale";
            var requests = 50;
            var warmUp = 5;
            var clients = 4;
            var seconds = 15.0;
            var exports = 2;
            var deepHops = 50;
            var seed = 13L;
            var skipLoad = false;
            // as the Docker image runs Aduan (src/main/docker/Dockerfile)
            var jvmOptions = List.of("-Xmx512m");
            var intake = 2_000;
            var intakeClients = 8;
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reports" -> reports = Integer.parseInt(args[++i]);
                    case "--database" -> database = args[++i];
                    case "--requests" -> requests = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--exports" -> exports = Integer.parseInt(args[++i]);
                    case "--deep-hops" -> deepHops = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--skip-load" -> skipLoad = true;
                    case "--jvm" -> jvmOptions = List.of(args[++i].trim().split("\\s+"));
                    case "--intake" -> intake = Integer.parseInt(args[++i]);
                    case "--intake-clients" -> intakeClients = Integer.parseInt(args[++i]);
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i] + "; use --reports N,"
                                + " --database NAME, --requests N, --warm-up N, --clients N, --seconds S, --exports N,"
                                + " --deep-hops N, --seed N, --skip-load, --jvm \"-Xmx512m ...\", --intake N (0: none),"
                                + " --intake-clients N");
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("--database: a lower-case PostgreSQL name, such as aduan_scale");
            }
            return new Options(
                    reports,
                    database,
                    requests,
                    warmUp,
                    clients,
                    seconds,
                    exports,
                    deepHops,
                    seed,
                    skipLoad,
                    jvmOptions,
                    intake,
                    intakeClients);
        }
    }
}
