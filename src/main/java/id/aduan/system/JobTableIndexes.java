package id.aduan.system;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Two indexes the engine's job table needs once it holds millions of timers (a million open reports have several
 * each): without them every node's search for due jobs reads the whole table, about a second each time (README,
 * Benchmarks: DeadlineBenchmark). Camunda does not create them and Flyway cannot (on H2 the engine makes its tables
 * after Flyway has run), so they are created here at start-up when missing, on PostgreSQL {@code concurrently}: the
 * job executors go on meanwhile. A database that has them pays one catalogue query.
 */
@Component
class JobTableIndexes {

    private static final Logger log = LoggerFactory.getLogger(JobTableIndexes.class);

    /** Index name and column. */
    static final List<List<String>> INDEXES = List.of(
            List.of("aduan_idx_job_duedate", "duedate_"), List.of("aduan_idx_job_lock_exp_time", "lock_exp_time_"));

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    JobTableIndexes(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @EventListener
    @Order(0)
    public void createMissing(ApplicationReadyEvent ready) throws Exception {
        var postgres = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName())
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        for (var index : INDEXES) {
            var name = index.get(0);
            if (exists(name, postgres)) {
                continue;
            }
            log.info("Creating the index {} on the engine's job table (once; the job executors go on meanwhile)", name);
            var started = System.nanoTime();
            jdbc.execute("create index " + (postgres ? "concurrently " : "") + "if not exists " + name
                    + " on act_ru_job (" + index.get(1) + ")");
            log.info("Created the index {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private boolean exists(String name, boolean postgres) {
        var found = jdbc.queryForObject(
                postgres
                        ? "select count(*) from pg_indexes where indexname = ?"
                        : "select count(*) from information_schema.indexes where lower(index_name) = ?",
                Long.class,
                name);
        return found != null && found > 0;
    }
}
