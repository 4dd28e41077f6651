package id.aduan.system;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The {@code jobExecutor} health of a node that runs no jobs on purpose
 * ({@code camunda.bpm.job-execution.enabled=false}): up, saying so. Where the job executor is enabled,
 * Camunda's own indicator of the same name reports it instead: up while it runs, down when it does not.
 * Either way it is part of the readiness group.
 */
@Component("jobExecutorHealthIndicator")
@ConditionalOnProperty(name = "camunda.bpm.job-execution.enabled", havingValue = "false")
class DisabledJobExecutorHealthIndicator implements HealthIndicator {

    @Override
    public Health health() {
        return Health.up()
                .withDetail("jobExecution", "disabled on this node (camunda.bpm.job-execution.enabled=false)")
                .build();
    }
}
