package id.aduan.installation;

import id.aduan.installation.internal.ReceivedEventRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@code webhook-id}s of the webhooks other installations sent (table {@code installation_event}) for
 * {@link #RETENTION}: long after the sender stops retrying (about 8 hours) and after an operator retries a stuck
 * delivery there, so that a repeat is still dropped; older ones are deleted every hour, by every node at once if so.
 */
@Component
class ReceivedEventRetention {

    static final Duration RETENTION = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(ReceivedEventRetention.class);

    private final ReceivedEventRepository received;
    private final Clock clock;

    ReceivedEventRetention(ReceivedEventRepository received, Clock clock) {
        this.received = received;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @Transactional
    public void forgetOld() {
        var deleted = received.deleteReceivedBefore(clock.instant().minus(RETENTION));
        if (deleted > 0) {
            log.info("Forgot {} webhooks other installations sent more than {} days ago", deleted, RETENTION.toDays());
        }
    }
}
