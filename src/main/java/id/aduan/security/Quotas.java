package id.aduan.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Quotas of other features, such as a partner system's requests per minute, in the same shared buckets as Aduan's
 * rate limits: each allows its number at once and one more every {@code window / number}. A changed number starts a
 * new bucket.
 */
@Component
public class Quotas {

    private final RateLimitBuckets buckets;

    Quotas(RateLimitBuckets buckets) {
        this.buckets = buckets;
    }

    /**
     * Takes one from the quota named {@code key} of {@code number} per {@code window}: nothing if it was taken, else how
     * long to wait before one is left.
     */
    public Optional<Duration> take(String key, int number, Duration window) {
        var probe = bucket(key, number, window).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How long to wait before one is left in the quota, without taking it; nothing if one is left now. */
    public Optional<Duration> waitFor(String key, int number, Duration window) {
        var estimate = bucket(key, number, window).estimateAbilityToConsume(1);
        return estimate.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
    }

    /** Counts one against the quota, for what turned out to count after {@link #waitFor} let it through. */
    public void count(String key, int number, Duration window) {
        bucket(key, number, window).consumeIgnoringRateLimits(1);
    }

    private Bucket bucket(String key, int number, Duration window) {
        var configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(number)
                        .refillGreedy(number, window)
                        .build())
                .build();
        return buckets.bucket("quota:" + key + ":" + number + "/" + window.toSeconds(), configuration);
    }
}
