package id.aduan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Figures read from the database are read at most once in their period, however often they are asked for. */
class CachedValueTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    @Test
    void readsOnceInThePeriodAndAgainAfterIt() {
        // given
        var value = new CachedValue<>(Duration.ofSeconds(30), reads::incrementAndGet, nanos::get);

        // when asked three times within 30 seconds
        assertThat(value.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);

        // then it was read once, and once more when the period is over
        assertThat(reads).hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void readsEveryTimeWithoutAPeriod() {
        var value = new CachedValue<>(Duration.ZERO, reads::incrementAndGet, nanos::get);

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
    }
}
