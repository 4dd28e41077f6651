package id.aduan.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value that is read at most once in a period, such as figures that metrics read from the database: whoever asks
 * in between gets the last one read, and concurrent callers wait for a single read.
 */
public final class CachedValue<T> implements Supplier<T> {

    private final LoadingCache<Boolean, T> cache;

    public CachedValue(Duration maxAge, Supplier<T> read) {
        this(maxAge, read, Ticker.systemTicker());
    }

    CachedValue(Duration maxAge, Supplier<T> read, Ticker ticker) {
        this.cache =
                Caffeine.newBuilder().expireAfterWrite(maxAge).ticker(ticker).build(key -> read.get());
    }

    @Override
    public T get() {
        return cache.get(Boolean.TRUE);
    }
}
