package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.percentile;
import static id.aduan.benchmark.Benchmarks.progress;

import id.aduan.KannelGateway;
import id.aduan.notification.process.NotificationDeliveryProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMS channel through a real Kannel (bearerbox, smsbox and its fake SMS centre, as {@link KannelGateway} runs them
 * for the tests) in front of the whole application as it runs in production, job executor on:
 *
 * <ul>
 *   <li><b>SMS in → reply</b>: {@code --messages} phones, one after the other, each send {@code LAPOR …} to 1708 and
 *       then {@code CEK <id>}; the time from the phone's SMS to the reply at the phone, for each.
 *   <li><b>SMS out</b>: while the notification deliveries are suspended, {@code --threads} clients file {@code --sms}
 *       reports through {@code POST /api/complaints} for reporters who gave only a phone, so that each receipt waits
 *       in the outbox; then the deliveries resume and the job executor sends them through sendsms. Prints the SMS per
 *       second from the resumption to the last receipt at a phone (Kannel's delivery reports for each come back
 *       meanwhile, and the verifiers' e-mails about the reports go out beside them).
 * </ul>
 *
 * The fake SMS centre is fed every 50 ms, which rounds each SMS hop up by up to that much. A program, not a test:
 * README, "Benchmarks", says how to run it.
 */
public final class SmsBenchmark {

    private static final Pattern TRACKING_ID = Pattern.compile("ADU-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SMS_OUT_TIMEOUT = Duration.ofMinutes(10);

    private SmsBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        // Kannel calls Aduan for incoming SMS and delivery reports: Aduan's port is chosen before either starts.
        var port = freePort();
        var base = "http://127.0.0.1:" + port;
        try (var kannel = KannelGateway.create()) {
            var application = Benchmarks.startAduan(
                    options.postgres(),
                    List.of(
                            "--server.port=" + port,
                            "--aduan.sms.gateway.secret=" + kannel.secret(),
                            "--aduan.notification.sms.enabled=true",
                            "--aduan.notification.sms.sendsms-url=" + kannel.sendsmsUrl(),
                            "--aduan.notification.sms.username=" + kannel.username(),
                            "--aduan.notification.sms.password=" + kannel.password(),
                            "--aduan.notification.sms.delivery-report-url=" + base
                                    + "/api/sms/kannel/delivery-report?secret=" + kannel.secret(),
                            "--aduan.rate-limits.submissions=1000000",
                            "--aduan.sms.limits.reports-per-day=1000000",
                            "--aduan.sms.limits.commands-per-hour=1000000"));
            try {
                progress("Starting Kannel (bearerbox, smsbox, fakesmsc)");
                kannel.start(URI.create(base));
                progress("Warming up with %d phones", options.warmUp());
                smsIn(kannel, "+62811", options.warmUp());

                progress("%d phones send LAPOR, then CEK, one after the other", options.messages());
                var replies = smsIn(kannel, "+62812", options.messages());
                progress(
                        "Filing %d reports by reporters with only a phone, %d clients, deliveries suspended",
                        options.sms(), options.threads());
                var out = smsOut(application, kannel, base, options.sms(), options.threads());

                System.out.printf(
                        "%nSMS in → reply at the phone (%s, %d phones): LAPOR p50 %d ms, p95 %d ms, max %d ms;"
                                + " CEK p50 %d ms, p95 %d ms, max %d ms%n",
                        options.postgres() ? "PostgreSQL" : "H2 in memory",
                        options.messages(),
                        percentile(replies.report(), 50),
                        percentile(replies.report(), 95),
                        percentile(replies.report(), 100),
                        percentile(replies.check(), 50),
                        percentile(replies.check(), 95),
                        percentile(replies.check(), 100));
                System.out.printf(
                        "SMS out (outbox → sendsms → phone): %d of %d receipts in %.1f s = %.1f SMS/s;"
                                + " failed filings: %d%n",
                        out.arrived(), options.sms(), out.seconds(), out.arrived() / out.seconds(), out.failures());
            } finally {
                SpringApplication.exit(application);
            }
        }
    }

    private static Replies smsIn(KannelGateway kannel, String prefix, int phones) {
        var report = new ArrayList<Long>();
        var check = new ArrayList<Long>();
        for (var i = 0; i < phones; i++) {
            var phone = prefix + "%07d".formatted(i);
            var begin = System.nanoTime();
            kannel.phoneSends(phone, "LAPOR Lampu jalan di gang " + i + " mati sejak seminggu, mohon diperbaiki");
            var receipt = kannel.awaitMessageTo(
                    phone, sms -> TRACKING_ID.matcher(sms.text()).find(), REPLY_TIMEOUT);
            report.add((System.nanoTime() - begin) / 1_000_000);
            var trackingId = TRACKING_ID
                    .matcher(receipt.text())
                    .results()
                    .findFirst()
                    .orElseThrow()
                    .group();
            begin = System.nanoTime();
            kannel.phoneSends(phone, "CEK " + trackingId);
            kannel.awaitMessageTo(phone, sms -> sms != receipt, REPLY_TIMEOUT);
            check.add((System.nanoTime() - begin) / 1_000_000);
            if ((i + 1) % 50 == 0) {
                progress("  %d phones answered", i + 1);
            }
        }
        return new Replies(report, check);
    }

    /**
     * Files the reports while the deliveries' jobs are suspended (new ones are created suspended), then activates them
     * and waits for each receipt at its phone.
     */
    private static Out smsOut(
            ConfigurableApplicationContext application, KannelGateway kannel, String base, int reports, int threads)
            throws InterruptedException {
        var management = application.getBean(ManagementService.class);
        management.suspendJobDefinitionByProcessDefinitionKey(NotificationDeliveryProcess.PROCESS_ID, true);
        var failures = file(base, reports, threads);
        progress("  filed; resuming the deliveries");
        var resumed = System.nanoTime();
        management.activateJobDefinitionByProcessDefinitionKey(NotificationDeliveryProcess.PROCESS_ID, true);
        // Idle while every job was suspended, the job executor would look again only after its wait (5 s and more).
        var engine = (ProcessEngineConfigurationImpl)
                application.getBean(ProcessEngine.class).getProcessEngineConfiguration();
        engine.getJobExecutor().jobWasAdded();
        var arrived = 0;
        var deadline = resumed + SMS_OUT_TIMEOUT.toNanos();
        for (var i = 0; i < reports; i++) {
            var left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            try {
                kannel.awaitMessageTo(outPhone(i), sms -> true, left);
                arrived++;
            } catch (AssertionError notArrived) {
                // a failed filing, or the time is up: counted as not arrived
            }
            if ((i + 1) % 100 == 0) {
                progress("  %d receipts at the phones", arrived);
            }
        }
        return new Out((System.nanoTime() - resumed) / 1e9, arrived, failures);
    }

    private static int file(String base, int reports, int threads) throws InterruptedException {
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var failures = new AtomicInteger();
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        for (var t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (var i = next.getAndIncrement(); i < reports; i = next.getAndIncrement()) {
                    try {
                        var answer = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/complaints"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(webReport(outPhone(i))))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return failures.get();
    }

    private static String outPhone(int i) {
        return "+62813" + "%07d".formatted(i);
    }

    private static String webReport(String phone) {
        return """
                {"type": "COMPLAINT", "title": "Lampu jalan mati", "description": "Lampu jalan di gang kami mati sejak seminggu.",
                 "categoryCode": "ROADS", "regionCode": "16.06", "reporter": {"name": "Siti Aminah", "phone": "%s"}}""".formatted(phone);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Replies(List<Long> report, List<Long> check) {}

    private record Out(double seconds, int arrived, int failures) {}

    private record Options(int messages, int sms, int threads, int warmUp, boolean postgres) {

        static Options parse(String[] args) {
            var messages = 200;
            var sms = 500;
            var threads = 4;
            var warmUp = 20;
            var postgres = false;
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--messages" -> messages = Integer.parseInt(args[++i]);
                    case "--sms" -> sms = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--postgres" -> postgres = true;
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i]
                                + "; use --messages N, --sms N, --threads N, --warm-up N, --postgres");
                }
            }
            return new Options(messages, sms, threads, warmUp, postgres);
        }
    }
}
