package id.aduan.complaint;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine's clock, which Aduan's deadlines read too, in Jakarta time (WIB). */
final class EngineClock {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private EngineClock() {}

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    /** Sets the engine's clock to a local time in Jakarta, such as {@code 2026-03-16T09:00}. */
    static void now(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(wib(localDateTime)));
    }
}
