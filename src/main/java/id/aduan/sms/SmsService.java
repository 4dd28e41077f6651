package id.aduan.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers the SMS citizens send to the short code: ignores blocked numbers, handles each message once however often
 * the gateway delivers it, counts each number's SMS and reports against its limits, reads the command and does it
 * ({@link SmsCommandHandler}), and renders the reply in the command's language ({@link SmsReplies}). Numbers show
 * masked in the log.
 */
@Service
public class SmsService {

    private static final Logger log = LoggerFactory.getLogger(SmsService.class);

    private final SmsBlocklist blocklist;
    private final SmsInbox inbox;
    private final SenderKeys keys;
    private final SmsSenders senders;
    private final SmsLimits limits;
    private final SmsCommandHandler handler;
    private final SmsReplies replies;

    SmsService(
            SmsBlocklist blocklist,
            SmsInbox inbox,
            SenderKeys keys,
            SmsSenders senders,
            SmsLimits limits,
            SmsCommandHandler handler,
            SmsReplies replies) {
        this.blocklist = blocklist;
        this.inbox = inbox;
        this.keys = keys;
        this.senders = senders;
        this.limits = limits;
        this.handler = handler;
        this.replies = replies;
    }

    /**
     * The reply to an SMS, or none. The same SMS delivered again is answered again: what changed a report (a new
     * report, a message, an acceptance or objection) is not done twice, anything else is simply done again.
     *
     * @throws SmsBeingHandledException when an earlier delivery of the SMS is still being handled: the gateway is to
     *     ask again, and gets the answer then (or handles it anew when that delivery's node stopped)
     */
    public SmsReply receive(IncomingSms sms) {
        var sender = keys.sender(sms.from());
        if (blocklist.isBlocked(sender)) {
            log.info("SMS {} from {} ignored: the number is blocked", sms.messageId(), sender);
            return SmsReply.none();
        }
        var earlier = inbox.claim(sms.messageId());
        if (earlier.isPresent()) {
            var delivery = earlier.get();
            if (delivery.outcome() == null) {
                log.info(
                        "SMS {} from {} delivered again while it is handled: the gateway asks later",
                        sms.messageId(),
                        sender);
                throw new SmsBeingHandledException(sms.messageId());
            }
            if (delivery.outcome().changedReport()) {
                log.info("SMS {} from {} delivered again: answered again", sms.messageId(), sender);
                var command = SmsCommands.parse(sms.text(), delivery.language());
                return replies.render(handler.answerAgain(
                        delivery.outcome(), delivery.trackingId(), delivery.language(), command, sender));
            }
        }
        Answer answer;
        try {
            answer = answer(sms, sender);
        } catch (RuntimeException failed) {
            inbox.release(sms.messageId());
            throw failed;
        }
        inbox.record(sms.messageId(), answer.outcome(), answer.trackingId(), answer.language());
        log.info(
                "SMS {} from {} to {} via {}: {}{}",
                sms.messageId(),
                sender,
                sms.to(),
                sms.smsc(),
                answer.template() == null ? "no reply" : answer.template(),
                answer.trackingId() == null ? "" : " " + answer.trackingId());
        return replies.render(answer);
    }

    private Answer answer(IncomingSms sms, Sender sender) {
        var language = senders.languageOf(sender);
        var wait = limits.takeCommand(sender);
        if (wait.isPresent()) {
            log.info("SMS {} from {} over its limit of SMS an hour", sms.messageId(), sender);
            return handler.overLimit(sender, language, wait.get());
        }
        var command = SmsCommands.parse(sms.text(), language);
        senders.remember(sender, command.language());
        return handler.handle(command, sender);
    }
}
