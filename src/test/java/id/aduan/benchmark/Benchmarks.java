package id.aduan.benchmark;

import id.aduan.AduanApplication;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmark programs share: Aduan started as in production, progress lines and percentiles. */
final class Benchmarks {

    private Benchmarks() {}

    /**
     * Aduan with the job executor on, its settings given as command-line arguments, which win over application.yml:
     * on H2 in memory, or with {@code postgres} on the PostgreSQL of the tests ({@code ADUAN_TEST_DB_HOST},
     * {@code ADUAN_TEST_DB_PORT}, database {@code aduan_benchmark}, created empty beforehand).
     */
    static ConfigurableApplicationContext startAduan(boolean postgres, List<String> settings) {
        return startAduan(postgres, "aduan_benchmark", settings);
    }

    /** As {@link #startAduan(boolean, List)}, with {@code postgres} on the database {@code database}. */
    static ConfigurableApplicationContext startAduan(boolean postgres, String database, List<String> settings) {
        var arguments = new ArrayList<>(List.of(
                "--aduan.demo.enabled=true",
                "--aduan.development=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        if (postgres) {
            arguments.add("--spring.profiles.active=postgres");
            arguments.add("--ADUAN_DB_HOST=" + System.getenv().getOrDefault("ADUAN_TEST_DB_HOST", "localhost"));
            arguments.add("--ADUAN_DB_PORT=" + System.getenv().getOrDefault("ADUAN_TEST_DB_PORT", "5432"));
            arguments.add("--ADUAN_DB_NAME=" + database);
            arguments.add("--ADUAN_DB_USER=" + System.getenv().getOrDefault("ADUAN_TEST_DB_USER", "postgres"));
        } else {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:aduan-benchmark;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        if (settings.stream().noneMatch(setting -> setting.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
        }
        arguments.addAll(settings);
        progress("Starting Aduan (%s)", postgres ? "PostgreSQL database " + database : "H2 in memory");
        return SpringApplication.run(AduanApplication.class, arguments.toArray(String[]::new));
    }

    /**
     * Runs the tasks numbered 0 to {@code count} - 1 on {@code threads} threads, each thread taking the next number when
     * its task is done, as clients that send a request when the last was answered; prints a line every
     * {@code progressEvery} tasks ("  1000 reports filed" for {@code done} "reports filed").
     *
     * @param task one task, false when it failed
     */
    static Run concurrently(int threads, int count, int progressEvery, String done, IntPredicate task)
            throws InterruptedException {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        var next = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(threads);
        var cpu = CpuTime.now();
        var started = System.nanoTime();
        for (var t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (var i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    var begin = System.nanoTime();
                    if (!task.test(i)) {
                        failures.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - begin) / 1_000_000);
                    if ((i + 1) % progressEvery == 0) {
                        progress("  %d %s", i + 1, done);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        var seconds = (System.nanoTime() - started) / 1e9;
        return new Run(seconds, new ArrayList<>(latencies), failures.get(), cpu, CpuTime.now());
    }

    /** Sends the request: true when it was answered 201 Created, false on another answer or an I/O error. */
    static boolean created(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static long percentile(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        var index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static void progress(String format, Object... values) {
        System.out.printf("[%tT] %s%n", Instant.now().toEpochMilli(), format.formatted(values));
    }

    /**
     * What {@link #concurrently} measured: how long all tasks took, each task's latency in milliseconds, how many
     * failed, and the processor time when the first began and when the last ended.
     */
    record Run(double seconds, List<Long> latenciesMillis, int failures, CpuTime cpuBefore, CpuTime cpuAfter) {}
}
