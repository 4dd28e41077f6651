package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanPostgresTest;
import id.aduan.ApiClient;
import id.aduan.ProductionEnvironment;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Readiness on PostgreSQL with the job executor running, as a production node reports it. */
@AduanPostgresTest
class HealthPostgresIT {

    @LocalServerPort
    int port;

    @Autowired
    JobExecutor jobExecutor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givesTheJobTableTheIndexesItsSearchForDueJobsNeeds() {
        var indexes = jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'act_ru_job' and indexname like 'aduan_%'",
                String.class);

        assertThat(indexes)
                .hasSize(2)
                .anyMatch(index -> index.contains("(duedate_)"))
                .anyMatch(index -> index.contains("(lock_exp_time_)"));
    }

    @Test
    void isReadyWhileTheJobExecutorRunsAndNotWhileItIsStopped() {
        var administrator = ApiClient.on(port)
                .as(ProductionEnvironment.ADMINISTRATOR, ProductionEnvironment.ADMINISTRATOR_PASSWORD);

        // given a node on PostgreSQL whose job executor runs
        var ready = administrator.get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        var components = ready.json().get("components");
        assertThat(components.get("db").get("details").get("database").asText()).isEqualTo("PostgreSQL");
        assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
        assertThat(components
                        .get("jobExecutor")
                        .get("details")
                        .get("jobExecutor")
                        .get("lockOwner")
                        .asText())
                .isEqualTo(jobExecutor.getLockOwner());

        // when its job executor stops
        jobExecutor.shutdown();
        try {
            // then the node is not ready, though alive
            var notReady = administrator.get("/actuator/health/readiness");
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.json()
                            .get("components")
                            .get("jobExecutor")
                            .get("status")
                            .asText())
                    .isEqualTo("DOWN");
            assertThat(administrator.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            jobExecutor.start();
        }

        // and ready again once it runs
        assertThat(administrator.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
