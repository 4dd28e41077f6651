package id.aduan.notification;

import id.aduan.complaint.PhoneNumbers;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which numbers take SMS updates: every reporter's number does until it sends BERHENTI, and again after MULAI.
 * Replies to a number's own commands are not updates and are always sent.
 */
@Service
public class SmsOptOuts {

    private final SmsOptOutRepository optOuts;
    private final Clock clock;

    SmsOptOuts(SmsOptOutRepository optOuts, Clock clock) {
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** The number gets no more SMS updates; stopping twice changes nothing. */
    @Transactional
    public void stop(String phone) {
        var number = e164(phone);
        if (!optOuts.existsById(number)) {
            optOuts.save(new SmsOptOut(number, clock.instant()));
        }
    }

    /** The number gets SMS updates again. */
    @Transactional
    public void start(String phone) {
        optOuts.deleteById(e164(phone));
    }

    @Transactional(readOnly = true)
    public boolean isStopped(String phone) {
        return optOuts.existsById(e164(phone));
    }

    private static String e164(String phone) {
        return PhoneNumbers.e164(phone)
                .orElseThrow(() -> new IllegalArgumentException("Not a phone number: " + PhoneNumbers.mask(phone)));
    }
}
