package id.aduan.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Aduan's rate limits ({@link RateLimitProperties}): reports filed per client, wrong access tokens per client and
 * per report, failed sign-ins per client and account and per client, requests for a new private link per client and per report. Each is a bucket of its number of tokens that refills evenly over the
 * window. A check before a request reads a bucket; what the request turned out to be is counted after it, so
 * that a report filed, a wrong token or a failed sign-in counts and nothing else does. Requests that were under
 * way at once when a limit ran out are all counted: the bucket goes below zero and the client waits longer.
 */
@Component
class RateLimits {

    /** Longer account names are no user ids: cut, so that they cannot make long keys. */
    private static final int ACCOUNT_KEY_MAX_LENGTH = 64;

    private final RateLimitBuckets buckets;
    private final BucketConfiguration submissions;
    private final BucketConfiguration rejectedTokensPerClient;
    private final BucketConfiguration rejectedTokensPerReport;
    private final BucketConfiguration failedSignIns;
    private final BucketConfiguration failedSignInsPerClient;
    private final BucketConfiguration accessLinksPerClient;
    private final BucketConfiguration accessLinksPerReport;

    RateLimits(RateLimitBuckets buckets, RateLimitProperties limits) {
        this.buckets = buckets;
        this.submissions = evenly(limits.submissions(), limits.window());
        this.rejectedTokensPerClient = evenly(limits.rejectedTokens(), limits.window());
        this.rejectedTokensPerReport = evenly(limits.rejectedTokensPerReport(), limits.window());
        this.failedSignIns = evenly(limits.failedSignIns(), limits.window());
        this.failedSignInsPerClient = evenly(limits.failedSignInsPerClient(), limits.window());
        this.accessLinksPerClient = evenly(limits.accessLinks(), limits.window());
        this.accessLinksPerReport = evenly(limits.accessLinksPerReport(), limits.window());
    }

    /** How long the client must wait before it may file another report; nothing if it may now. */
    Optional<Duration> waitBeforeSubmission(String client) {
        return waitFor(submissionsOf(client));
    }

    void countSubmission(String client) {
        submissionsOf(client).consumeIgnoringRateLimits(1);
    }

    /**
     * Counts a wrong access token of the client for the report; how long it must wait before another wrong token
     * is answered if the client or the report had no more left, nothing otherwise.
     */
    Optional<Duration> countRejectedToken(String client, String report) {
        return consumeFromEach(
                buckets.bucket("rejected-tokens:client:" + client, rejectedTokensPerClient),
                buckets.bucket("rejected-tokens:report:" + report, rejectedTokensPerReport));
    }

    /**
     * Counts a client's request for a new private link; how long it must wait before another is taken if it had none
     * left, nothing otherwise. Every request counts: the answer is the same whatever the address.
     */
    Optional<Duration> countAccessLinkRequest(String client) {
        return consumeFromEach(buckets.bucket("access-links:client:" + client, accessLinksPerClient));
    }

    /**
     * Whether the reporter of a report may be sent another new private link now: counted only for requests that
     * gave the reporter's own address, so that nobody else can keep a reporter from getting one.
     */
    boolean mayMailAccessLink(String trackingId) {
        return buckets.bucket("access-links:report:" + trackingId, accessLinksPerReport)
                .tryConsume(1);
    }

    /**
     * How long the client must wait before it may try to sign in as the account again: until the client may fail as
     * that account, and as any account, once more; nothing if it may now.
     */
    Optional<Duration> waitBeforeSignIn(String client, String account) {
        return Stream.of(failedSignInsOf(client, account), failedSignInsOf(client))
                .map(RateLimits::waitFor)
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    void countFailedSignIn(String client, String account) {
        failedSignInsOf(client, account).consumeIgnoringRateLimits(1);
        failedSignInsOf(client).consumeIgnoringRateLimits(1);
    }

    private Bucket submissionsOf(String client) {
        return buckets.bucket("submissions:" + client, submissions);
    }

    private Bucket failedSignInsOf(String client, String account) {
        var name = account.length() > ACCOUNT_KEY_MAX_LENGTH ? account.substring(0, ACCOUNT_KEY_MAX_LENGTH) : account;
        return buckets.bucket("failed-sign-ins:" + client + ":" + name, failedSignIns);
    }

    private Bucket failedSignInsOf(String client) {
        return buckets.bucket("failed-sign-ins:" + client, failedSignInsPerClient);
    }

    /** Takes a token from each bucket; the longest wait of those that had none left, if any had none. */
    private static Optional<Duration> consumeFromEach(Bucket... buckets) {
        return Stream.of(buckets)
                .map(bucket -> bucket.tryConsumeAndReturnRemaining(1))
                .filter(probe -> !probe.isConsumed())
                .map(probe -> Duration.ofNanos(probe.getNanosToWaitForRefill()))
                .max(Duration::compareTo);
    }

    private static Optional<Duration> waitFor(Bucket bucket) {
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration evenly(int tokens, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(tokens)
                        .refillGreedy(tokens, window)
                        .build())
                .build();
    }
}
