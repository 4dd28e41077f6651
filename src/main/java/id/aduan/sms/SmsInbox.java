package id.aduan.sms;

import id.aduan.complaint.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The incoming SMS, once each, under the gateway's id for them (Kannel's {@code %I}, which stays the same when smsbox
 * sends a message again because Aduan's answer did not reach it). An SMS is claimed before it is handled, in a
 * statement of its own that commits at once, and its outcome recorded after: a second delivery finds the claim and
 * is answered from the outcome, and two deliveries at once cannot both file. Neither the text nor the number is kept,
 * and the rows go after {@link #RETENTION}, long after the gateway stops retrying.
 */
@Component
class SmsInbox {

    static final Duration RETENTION = Duration.ofDays(7);

    /**
     * How long a claim without outcome holds: handling an SMS takes well under a second, so a claim this old belongs
     * to a node that stopped while it handled the SMS, and the gateway's next delivery (smsbox asks again every
     * {@code http-queue-delay}, 10 s in kannel/kannel.conf, three times) takes it over rather than losing the SMS.
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SmsInbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the SMS: nothing if it is new, or if the claim of an earlier delivery went stale without an outcome (its
     * node stopped); else what the earlier delivery did, with a null outcome while it is still being handled.
     */
    Optional<Delivery> claim(String messageId) {
        try {
            jdbc.update("insert into sms_inbound (message_id, received_at) values (?, ?)", messageId, now());
            return Optional.empty();
        } catch (DuplicateKeyException deliveredBefore) {
            var takenOver = jdbc.update(
                    "update sms_inbound set received_at = ? where message_id = ? and outcome is null"
                            + " and received_at < ?",
                    now(),
                    messageId,
                    OffsetDateTime.ofInstant(clock.instant().minus(CLAIM_TIMEOUT), ZoneOffset.UTC));
            if (takenOver == 1) {
                return Optional.empty();
            }
            return jdbc
                    .query(
                            "select outcome, tracking_id, language from sms_inbound where message_id = ?",
                            (row, number) -> new Delivery(
                                    Optional.ofNullable(row.getString("outcome"))
                                            .map(InboundOutcome::valueOf)
                                            .orElse(null),
                                    row.getString("tracking_id"),
                                    Optional.ofNullable(row.getString("language"))
                                            .map(Language::valueOf)
                                            .orElse(null)),
                            messageId)
                    .stream()
                    .findFirst()
                    .or(() -> Optional.of(new Delivery(null, null, null)));
        }
    }

    /** Records what the SMS did. */
    void record(String messageId, InboundOutcome outcome, String trackingId, Language language) {
        jdbc.update(
                "update sms_inbound set outcome = ?, tracking_id = ?, language = ? where message_id = ?",
                outcome.name(),
                trackingId,
                language.name(),
                messageId);
    }

    /** Gives up the claim of an SMS whose handling failed before it did anything, so that a new delivery handles it. */
    void release(String messageId) {
        jdbc.update("delete from sms_inbound where message_id = ? and outcome is null", messageId);
    }

    /** Deletes what is kept of the SMS older than {@link #RETENTION}; every node may do it at the same time. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOld() {
        jdbc.update(
                "delete from sms_inbound where received_at < ?",
                OffsetDateTime.ofInstant(clock.instant().minus(RETENTION), ZoneOffset.UTC));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * An earlier delivery of an SMS.
     *
     * @param outcome what it did; null while it is being handled, or when the node handling it stopped
     */
    record Delivery(InboundOutcome outcome, String trackingId, Language language) {}
}
