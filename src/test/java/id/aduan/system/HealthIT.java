package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health endpoints that load balancers and orchestrators read, on a node that runs no jobs on purpose
 * (the full-stack tests run the timers themselves).
 */
@AduanIntegrationTest
class HealthIT {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.on(port);
    }

    @Test
    void isReadyWithTheDatabaseAndADeliberatelyDisabledJobExecutor() {
        // when anyone asks whether the node is ready
        var readiness = api.get("/actuator/health/readiness");

        // then it is, and the answer names the database and the job executor without details
        assertThat(readiness.status()).isEqualTo(200);
        var health = readiness.json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("db", "jobExecutor", "readinessState");
        assertThat(health.get("components").get("jobExecutor").get("status").asText())
                .isEqualTo("UP");
        assertThat(health.findValue("details")).isNull();
    }

    @Test
    void showsDetailsToAdministratorsOnly() {
        // when an administrator and an agency's officer ask
        var administrator =
                api.as("demo", "demo").get("/actuator/health/readiness").json();
        var officer = api.as("dinkes-muba-officer", "demo")
                .get("/actuator/health/readiness")
                .json();

        // then only the administrator learns which database it is and why no job runs here
        var components = administrator.get("components");
        assertThat(components.get("db").get("details").get("database").asText()).isEqualTo("H2");
        assertThat(components
                        .get("jobExecutor")
                        .get("details")
                        .get("jobExecution")
                        .asText())
                .startsWith("disabled on this node");
        assertThat(officer.findValue("details")).isNull();
    }

    @Test
    void isAliveWithoutAskingTheDatabase() {
        var liveness = api.get("/actuator/health/liveness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("components").fieldNames()).toIterable().containsExactly("livenessState");
    }
}
