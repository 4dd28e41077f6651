package id.aduan.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application: it reads the process engine's clock, so that the deadlines Aduan
 * computes and the timers the engine fires agree, also in tests that move the engine's clock. This is
 * the only place that touches the engine's internal clock API.
 */
public final class ApplicationClock extends Clock {

    private final ZoneId zone;

    public ApplicationClock() {
        this(ZoneOffset.UTC);
    }

    private ApplicationClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ApplicationClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
