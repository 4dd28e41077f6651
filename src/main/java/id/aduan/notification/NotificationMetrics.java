package id.aduan.notification;

import id.aduan.system.CachedValue;
import id.aduan.system.MetricsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The outbox as metrics: e-mails and SMS waiting to be sent and those refused for good, counted in the database (the
 * same on every node), read at most once per {@code aduan.metrics.max-age}. No recipient is in them.
 */
@Component
class NotificationMetrics implements MeterBinder {

    private final CachedValue<Figures> figures;

    NotificationMetrics(NotificationRepository notifications, MetricsProperties properties) {
        this.figures = new CachedValue<>(
                properties.maxAge(),
                () -> new Figures(
                        notifications.countByStatusIn(List.of(NotificationStatus.PENDING, NotificationStatus.SENDING)),
                        notifications.countByStatusIn(List.of(NotificationStatus.FAILED))));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("aduan.notifications.waiting", () -> figures.get().waiting())
                .description("E-mails and SMS not sent yet: waiting, being sent, or to be tried again")
                .register(registry);
        Gauge.builder("aduan.notifications.failed", () -> figures.get().failed())
                .description("E-mails and SMS refused for good (such as an unknown address or number)")
                .register(registry);
    }

    private record Figures(long waiting, long failed) {}
}
