package id.aduan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key in fixed windows, in memory. */
final class RateLimiter {

    private static final int CLEAN_UP_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Whether the key has used up its window. */
    boolean exhausted(String key) {
        var current = windows.get(key);
        return current != null && !current.expired(clock.instant(), window) && current.count >= limit;
    }

    /** Counts one event for the key. */
    void count(String key) {
        var now = clock.instant();
        if (windows.size() > CLEAN_UP_ABOVE) {
            windows.values().removeIf(expired -> expired.expired(now, window));
        }
        windows.compute(
                key,
                (ignored, current) -> current == null || current.expired(now, window)
                        ? new Window(now, 1)
                        : new Window(current.start, current.count + 1));
    }

    /** Seconds until the key's window ends. */
    long secondsLeft(String key) {
        var current = windows.get(key);
        if (current == null) {
            return 0;
        }
        return Math.max(
                1, Duration.between(clock.instant(), current.start.plus(window)).toSeconds());
    }

    private record Window(Instant start, int count) {
        boolean expired(Instant now, Duration length) {
            return !now.isBefore(start.plus(length));
        }
    }
}
