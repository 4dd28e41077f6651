package id.aduan.complaint;

import id.aduan.complaint.internal.AssignmentRepository;
import id.aduan.complaint.internal.ComplaintRepository;
import id.aduan.system.CachedValue;
import id.aduan.system.MetricsProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reports filed by channel, and the agencies' open and overdue follow-ups, as metrics. They are counted in the
 * database, so that every node of a cluster reports the same figures, however often it restarts; each node reads
 * them at most once per {@code aduan.metrics.max-age}. Nothing of a report or its reporter is in them.
 */
@Component
class ComplaintMetrics implements MeterBinder {

    private final CachedValue<Figures> figures;

    ComplaintMetrics(
            ComplaintRepository complaints,
            AssignmentRepository assignments,
            OverdueFollowUps overdue,
            MetricsProperties properties) {
        this.figures = new CachedValue<>(
                properties.maxAge(),
                () -> new Figures(filedByChannel(complaints), assignments.countOpen(), overdue.count()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var channel : Channel.values()) {
            FunctionCounter.builder(
                            "aduan.reports.filed",
                            figures,
                            value -> value.get().filed().get(channel))
                    .description("Reports filed, by the door they came in through")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        Gauge.builder("aduan.follow_ups.open", () -> figures.get().openFollowUps())
                .description("Agencies' follow-ups on open reports that are not given yet, paused ones included")
                .register(registry);
        Gauge.builder("aduan.follow_ups.overdue", () -> figures.get().overdueFollowUps())
                .description("Agencies' follow-ups past their deadline on open reports (GET /api/overdue)")
                .register(registry);
    }

    private static Map<Channel, Long> filedByChannel(ComplaintRepository complaints) {
        var filed = new EnumMap<Channel, Long>(Channel.class);
        for (var channel : Channel.values()) {
            filed.put(channel, 0L);
        }
        for (var row : complaints.countByChannel()) {
            filed.put((Channel) row[0], (Long) row[1]);
        }
        return filed;
    }

    private record Figures(Map<Channel, Long> filed, long openFollowUps, long overdueFollowUps) {}
}
