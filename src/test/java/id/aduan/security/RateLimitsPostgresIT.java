package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanApplication;
import id.aduan.ApiClient;
import id.aduan.PostgresServer;
import id.aduan.PostgresTest;
import id.aduan.complaint.TestReports;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL database count in the same buckets, and a node that restarts forgets none: each
 * node allows 2 reports and 2 failed sign-ins an hour, and a client that used them up on both nodes together is
 * refused by either. Both nodes run in this JVM, one after the other's start, without job executors.
 */
@PostgresTest
class RateLimitsPostgresIT {

    @Test
    void keepsTheLimitsAcrossTwoNodesAndARestart() {
        try (var database = PostgresServer.fromEnvironment().createDatabase();
                var nodeA = start(database)) {
            var a = ApiClient.on(port(nodeA));
            try (var nodeB = start(database)) {
                var b = ApiClient.on(port(nodeB));

                // given a client that filed a report and failed a sign-in on each node
                assertThat(a.post("/api/complaints", TestReports.roadComplaint())
                                .status())
                        .isEqualTo(201);
                assertThat(b.post("/api/complaints", TestReports.roadComplaint())
                                .status())
                        .isEqualTo(201);
                assertThat(a.as("demo", "wrong").get("/api/overdue").status()).isEqualTo(401);
                assertThat(b.as("demo", "wrong").get("/api/overdue").status()).isEqualTo(401);

                // when the buckets that have refilled are deleted (as each node does every ten minutes), and it tries
                // again on either node
                nodeA.getBean(RateLimitBuckets.class).removeRefilled();

                // then both refuse it
                for (var node : new ApiClient[] {a, b}) {
                    assertThat(node.post("/api/complaints", TestReports.roadComplaint())
                                    .status())
                            .isEqualTo(429);
                    assertThat(node.as("demo", "wrong").get("/api/overdue").status())
                            .isEqualTo(429);
                }
            }

            // and node B, restarted, still refuses it
            try (var restarted = start(database)) {
                var b = ApiClient.on(port(restarted));
                assertThat(b.post("/api/complaints", TestReports.roadComplaint())
                                .status())
                        .isEqualTo(429);
                assertThat(b.as("demo", "wrong").get("/api/overdue").status()).isEqualTo(429);
            }
        }
    }

    /** A node with the production profile on the database, with the settings production requires. */
    private static ConfigurableApplicationContext start(PostgresServer.Database database) {
        var properties = new HashMap<>(database.springProperties());
        properties.putAll(Map.of(
                "server.port", "0",
                "camunda.bpm.job-execution.enabled", "false",
                "camunda.bpm.admin-user.password", "Rahasia-Admin-123",
                "spring.mail.host", "127.0.0.1",
                "aduan.notification.public-base-url", "https://aduan.example.go.id",
                "aduan.rate-limits.submissions", "2",
                "aduan.rate-limits.failed-sign-ins", "2"));
        return new SpringApplicationBuilder(AduanApplication.class)
                .profiles("postgres")
                .run(properties.entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
