package id.aduan.security;

import io.github.bucket4j.Bandwidth;
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
        var configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(number)
                        .refillGreedy(number, window)
                        .build())
                .build();
        var bucketKey = "quota:" + key + ":" + number + "/" + window.toSeconds();
        var probe = buckets.bucket(bucketKey, configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
