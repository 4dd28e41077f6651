package id.aduan.security;

import id.aduan.system.Databases;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The buckets of the rate limits, kept by Bucket4j in the table {@code rate_limit_bucket}, so that every node
 * counts in the same buckets and a restart forgets none: on PostgreSQL with Bucket4j's own select-for-update
 * backend, on H2 (the default run) with {@link H2SelectForUpdateBasedProxyManager}. A bucket's row goes once the
 * bucket has refilled, when it is as good as a new one; the deletion skips rows that a node holds, so that nodes
 * may delete at the same time.
 */
@Component
class RateLimitBuckets {

    static final String TABLE = "rate_limit_bucket";

    private static final int REMOVAL_BATCH = 1_000;

    private final ProxyManager<String> proxies;
    private final ExpiredEntriesCleaner cleaner;

    RateLimitBuckets(DataSource dataSource, Clock clock) {
        var time = new ClockTimeMeter(clock);
        var expiration = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);
        var database = Databases.of(dataSource);
        switch (database) {
            case POSTGRESQL -> {
                var postgres = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table(TABLE)
                        .clientClock(time)
                        .expirationAfterWrite(expiration)
                        .build();
                this.proxies = postgres;
                this.cleaner = postgres;
            }
            case H2 -> {
                var h2 = new H2SelectForUpdateBasedProxyManager(
                        dataSource,
                        ClientSideConfig.getDefault()
                                .withClientClock(time)
                                .withExpirationAfterWriteStrategy(expiration));
                this.proxies = h2;
                this.cleaner = h2;
            }
            default ->
                throw new IllegalStateException(
                        "Aduan's rate limits need PostgreSQL or H2, not " + database.name() + ".");
        }
    }

    /** The bucket of a key, made with the configuration when it has none yet. */
    Bucket bucket(String key, BucketConfiguration configuration) {
        return proxies.builder().build(key, () -> configuration);
    }

    /** Deletes the rows of the buckets that have refilled. */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    void removeRefilled() {
        int removed;
        do {
            removed = cleaner.removeExpired(REMOVAL_BATCH);
        } while (removed == REMOVAL_BATCH);
    }

    /** Bucket4j's time: the application's clock, which the engine's clock drives. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
