package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Partner filing throughput and webhook delivery latency, on the whole application as it runs in production: the job
 * executor on, a partner with a callback URL to a receiver on 127.0.0.1, and {@code --threads} partner clients filing
 * {@code --reports} reports through {@code POST /api/partner/v1/reports}. It prints the reports filed per second, the
 * filing requests' latency, and how long each report's first webhook ({@code report.submitted}) took from the moment the
 * report was filed to the moment the receiver had it. A program, not a test: README, "Benchmarks", says how to run it.
 *
 * <p>By default on the embedded H2 database of the default run, in memory; {@code --postgres} uses the PostgreSQL of
 * the tests ({@code ADUAN_TEST_DB_HOST}, {@code ADUAN_TEST_DB_PORT}, database {@code aduan_benchmark}, created empty
 * beforehand).
 */
public final class PartnerBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The references of the measured reports start with it; the warm-up's do not. */
    private static final String RUN = "run";

    private PartnerBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var receiver = new Receiver();
        var application = start(options);
        var base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) application).getWebServer().getPort();
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            var key = createPartner(http, base, receiver.url());
            progress("Partner ready; warming up with %d reports", options.warmUp());
            file(http, base, key, "warm-up", options.warmUp(), options.threads());
            receiver.forget();

            progress("Filing %d reports with %d clients", options.reports(), options.threads());
            var filing = file(http, base, key, RUN, options.reports(), options.threads());
            progress("Waiting for %d webhooks", options.reports());
            var delivered = receiver.awaitSubmitted(options.reports(), Duration.ofMinutes(10));

            System.out.printf(
                    "%nPartner filing: %d reports in %.1f s = %.1f reports/s with %d clients (%s)%n",
                    options.reports(),
                    filing.seconds(),
                    options.reports() / filing.seconds(),
                    options.threads(),
                    options.postgres() ? "PostgreSQL" : "H2 in memory");
            System.out.printf(
                    "  request latency: p50 %d ms, p95 %d ms, max %d ms; failed requests: %d%n",
                    percentile(filing.latenciesMillis(), 50),
                    percentile(filing.latenciesMillis(), 95),
                    percentile(filing.latenciesMillis(), 100),
                    filing.failures());
            System.out.printf(
                    "Webhook delivery (filed → received): %d of %d; p50 %d ms, p95 %d ms, max %d ms%n",
                    delivered.size(),
                    options.reports(),
                    percentile(delivered, 50),
                    percentile(delivered, 95),
                    percentile(delivered, 100));
        } finally {
            SpringApplication.exit(application);
            receiver.stop();
        }
    }

    private static ConfigurableApplicationContext start(Options options) {
        return Benchmarks.startAduan(options.postgres(), List.of("--aduan.webhooks.private-addresses-allowed=true"));
    }

    private static String createPartner(HttpClient http, String base, String callbackUrl) throws Exception {
        var details = Map.of(
                "name",
                "Benchmark " + System.nanoTime(),
                "kind",
                "MOBILE_APP",
                "contact",
                "benchmark@aduan.example",
                "status",
                "ACTIVE",
                "callbackUrl",
                callbackUrl,
                "reportsPerHour",
                100_000,
                "requestsPerMinute",
                100_000);
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/integrations"))
                        .header("Authorization", "Basic ZGVtbzpkZW1v")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(details)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Could not add the benchmark's partner: " + answer.body());
        }
        return JSON.readTree(answer.body()).get("apiKey").asText();
    }

    private static Benchmarks.Run file(HttpClient http, String base, String key, String run, int reports, int threads)
            throws InterruptedException {
        return Benchmarks.concurrently(
                threads,
                reports,
                500,
                "reports filed",
                i -> Benchmarks.created(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/partner/v1/reports"))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(report(run + "-" + i)))
                                .build()));
    }

    private static String report(String reference) {
        return """
                {"externalReference": "%s", "report": {"type": "COMPLAINT", "title": "Jalan rusak di Sekayu",
                 "description": "Jalan poros desa berlubang besar sejak tiga bulan.", "categoryCode": "ROADS",
                 "regionCode": "16.06", "reporter": {"name": "Siti Aminah", "phone": "+62 812 3456 7890"}}}""".formatted(reference);
    }

    /** A webhook receiver on 127.0.0.1: the latency of each report's first event, from its time to its arrival. */
    private static final class Receiver {

        private final HttpServer server;
        private final Map<String, Long> submittedLatencies = new ConcurrentHashMap<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/hooks", exchange -> {
                var arrived = Instant.now();
                JsonNode event = JSON.readTree(exchange.getRequestBody());
                if ("report.submitted".equals(event.path("type").asText())
                        && event.path("data").path("externalReference").asText().startsWith(RUN)) {
                    var occurred = Instant.parse(event.get("timestamp").asText());
                    submittedLatencies.putIfAbsent(
                            event.path("data").path("trackingId").asText(),
                            Duration.between(occurred, arrived).toMillis());
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void forget() {
            submittedLatencies.clear();
        }

        List<Long> awaitSubmitted(int count, Duration timeout) throws InterruptedException {
            var deadline = System.nanoTime() + timeout.toNanos();
            var reported = 0;
            while (submittedLatencies.size() < count && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200);
                if (submittedLatencies.size() / 500 > reported) {
                    reported = submittedLatencies.size() / 500;
                    progress("  %d webhooks received", submittedLatencies.size());
                }
            }
            return new ArrayList<>(submittedLatencies.values());
        }

        void stop() {
            server.stop(0);
        }
    }

    private record Options(int reports, int threads, int warmUp, boolean postgres) {

        static Options parse(String[] args) {
            var reports = 2_000;
            var threads = 8;
            var warmUp = 200;
            var postgres = false;
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reports" -> reports = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--postgres" -> postgres = true;
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i]
                                + "; use --reports N, --threads N, --warm-up N, --postgres");
                }
            }
            return new Options(reports, threads, warmUp, postgres);
        }
    }
}
