package id.aduan.sms;

import id.aduan.security.Quotas;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The limits of one number ({@link SmsLimitProperties}) in the shared buckets of {@link Quotas}, under the number's
 * key, never the number. Each asks the database on a connection of its own, outside any transaction.
 */
@Component
class SmsLimits {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final Quotas quotas;
    private final SmsLimitProperties limits;

    SmsLimits(Quotas quotas, SmsLimitProperties limits) {
        this.quotas = quotas;
        this.limits = limits;
    }

    /** Counts an SMS of the number: nothing if it may send it, else how long until it may send another. */
    Optional<Duration> takeCommand(Sender sender) {
        return quotas.take("sms-commands:" + sender.key(), limits.commandsPerHour(), HOUR);
    }

    /** How long until the number may file another report; nothing if it may now. Counts nothing. */
    Optional<Duration> reportWait(Sender sender) {
        return quotas.waitFor(reportsQuota(sender), limits.reportsPerDay(), DAY);
    }

    /** Counts a report the number filed. */
    void countReport(Sender sender) {
        quotas.count(reportsQuota(sender), limits.reportsPerDay(), DAY);
    }

    /**
     * Whether the number is to be told that it is over its limit: once an hour, so that a number that keeps sending
     * does not make Aduan send as many replies.
     */
    boolean tellOverLimit(Sender sender) {
        return quotas.take("sms-limit-notices:" + sender.key(), 1, HOUR).isEmpty();
    }

    private static String reportsQuota(Sender sender) {
        return "sms-reports:" + sender.key();
    }
}
