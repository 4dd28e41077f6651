package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.progress;

import java.net.URI;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * Intake: {@code --clients} citizens file {@code --reports} reports through {@code POST /api/complaints} after a
 * warm-up, on the whole application as it runs in production (job executor on). It prints the reports filed per
 * second, the requests' latency and, on PostgreSQL, the rows each report wrote in each table, its e-mails' deliveries
 * included. A program, not a test: README, "Benchmarks", says how to run it.
 *
 * <p>By default on H2 in memory; {@code --postgres} uses the PostgreSQL of the tests ({@code ADUAN_TEST_DB_HOST},
 * {@code ADUAN_TEST_DB_PORT}) and the database {@code --database} ({@code aduan_intake}), created empty beforehand.
 */
public final class IntakeBenchmark {

    /** Tables that took fewer rows per report are summed up in one line. */
    private static final double LISTED = 0.5;

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var application = Benchmarks.startAduan(options.postgres(), options.database(), IntakeLoad.SETTINGS);
        try {
            var base = URI.create("http://127.0.0.1:"
                    + ((WebServerApplicationContext) application).getWebServer().getPort());
            var dataSource = application.getBean(DataSource.class);
            var before = options.postgres() ? IntakeLoad.tableWrites(dataSource) : null;
            var filing = IntakeLoad.file(base, options.clients(), options.reports(), options.warmUp());
            System.out.printf(
                    "%nIntake through POST /api/complaints, %s, %d clients, %d reports after %d to warm up%n",
                    options.postgres() ? "PostgreSQL database " + options.database() : "H2 in memory",
                    options.clients(),
                    options.reports(),
                    options.warmUp());
            System.out.println("| reports/s | p50 | p95 | p99 | max | failed |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.printf(
                    "| %.1f | %d ms | %d ms | %d ms | %d ms | %d |%n",
                    filing.reportsPerSecond(),
                    filing.latencyMillis(50),
                    filing.latencyMillis(95),
                    filing.latencyMillis(99),
                    filing.latencyMillis(100),
                    filing.failures());
            System.out.printf(
                    "Processor time per report while filing: %.1f ms of the machine's (Aduan, PostgreSQL, this program's"
                            + " clients and SMTP server), %.1f ms in this JVM (all but PostgreSQL)%n",
                    filing.cpuAfter().machineMillisPer(filing.cpuBefore(), options.reports()),
                    filing.cpuAfter().jvmMillisPer(filing.cpuBefore(), options.reports()));
            if (options.postgres()) {
                progress("Waiting for the due jobs and PostgreSQL's statistics");
                var rows = IntakeLoad.rowsPerReport(dataSource, before, options.reports() + options.warmUp());
                printRows(rows);
                System.out.printf(
                        "%nFiled and delivered: %.1f reports/s (from the first report until the last due job was done),"
                                + " %.1f ms of the machine's processor time per report%n",
                        options.reports() / (filing.seconds() + rows.drain().toMillis() / 1000.0),
                        rows.cpuDrained().machineMillisPer(filing.cpuBefore(), options.reports()));
            }
        } finally {
            SpringApplication.exit(application);
        }
    }

    private static void printRows(IntakeLoad.RowsPerReport rows) {
        System.out.printf(
                "%nRows per report: %.1f inserted, %.1f updated, %.1f deleted (due jobs done %.1f s after the last"
                        + " report)%n",
                rows.inserted(), rows.updated(), rows.deleted(), rows.drain().toMillis() / 1000.0);
        System.out.println("| table | inserted | updated | deleted |");
        System.out.println("|---|---|---|---|");
        var others = new IntakeLoad.TableRows("others", 0, 0, 0);
        for (var table : rows.tables()) {
            if (table.written() >= LISTED) {
                System.out.printf(
                        "| %s | %.1f | %.1f | %.1f |%n",
                        table.table(), table.inserted(), table.updated(), table.deleted());
            } else {
                others = new IntakeLoad.TableRows(
                        "others",
                        others.inserted() + table.inserted(),
                        others.updated() + table.updated(),
                        others.deleted() + table.deleted());
            }
        }
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f |%n", "others", others.inserted(), others.updated(), others.deleted());
    }

    private record Options(int reports, int clients, int warmUp, boolean postgres, String database) {

        static Options parse(String[] args) {
            var reports = 2_000;
            var clients = 8;
            var warmUp = 200;
            var postgres = false;
            var database = "aduan_intake";
            for (var i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reports" -> reports = Integer.parseInt(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--postgres" -> postgres = true;
                    case "--database" -> database = args[++i];
                    default ->
                        throw new IllegalArgumentException("Unknown option " + args[i]
                                + "; use --reports N, --clients N, --warm-up N, --postgres, --database NAME");
                }
            }
            return new Options(reports, clients, warmUp, postgres, database);
        }
    }
}
