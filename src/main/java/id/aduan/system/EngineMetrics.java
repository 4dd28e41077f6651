package id.aduan.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The process engine's figures that need an operator: open incidents (jobs whose retries ran out, shown in Cockpit)
 * and the job executor's backlog (jobs due now). Read from the database, the same on every node, at most once per
 * {@code aduan.metrics.max-age}.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final CachedValue<Figures> figures;

    EngineMetrics(RuntimeService runtime, ManagementService management, MetricsProperties properties) {
        this.figures = new CachedValue<>(
                properties.maxAge(),
                () -> new Figures(
                        runtime.createIncidentQuery().count(),
                        management.createJobQuery().executable().active().count()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aduan.incidents.open", () -> figures.get().openIncidents())
                .description("The process engine's open incidents, such as e-mail deliveries whose retries ran out")
                .register(registry);
        Gauge.builder("aduan.jobs.due", () -> figures.get().dueJobs())
                .description("The job executor's backlog: jobs due now with retries left (timers, e-mail deliveries)")
                .register(registry);
    }

    private record Figures(long openIncidents, long dueJobs) {}
}
