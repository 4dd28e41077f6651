package id.aduan.sms;

import id.aduan.complaint.PhoneNumbers;
import id.aduan.system.FieldProblemException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers whose SMS Aduan ignores, which administrators edit: an SMS from one of them files nothing and gets no
 * reply. Numbers are compared in E.164, however they were written, and shown masked.
 */
@Service
@Transactional
public class SmsBlocklist {

    private static final Logger log = LoggerFactory.getLogger(SmsBlocklist.class);

    private final SmsBlockedNumberRepository blocked;
    private final Clock clock;

    SmsBlocklist(SmsBlockedNumberRepository blocked, Clock clock) {
        this.blocked = blocked;
        this.clock = clock;
    }

    /** The blocked numbers, the latest first. */
    @Transactional(readOnly = true)
    public List<BlockedNumberView> list() {
        return blocked.findAllByOrderByBlockedAtDescIdDesc().stream()
                .map(SmsBlocklist::view)
                .toList();
    }

    /** Blocks a number, written in any way people write numbers; 409 when it is blocked already. */
    public BlockedNumberView block(String phone, String reason, String staffUser) {
        var number = PhoneNumbers.e164(phone)
                .orElseThrow(() -> new FieldProblemException(
                        "phone", "must be a phone number such as 0812 3456 7890 or +62 812 3456 7890"));
        if (blocked.existsByPhone(number)) {
            throw new BlockedNumberExistsException(PhoneNumbers.mask(number));
        }
        SmsBlockedNumber saved;
        try {
            saved = blocked.saveAndFlush(new SmsBlockedNumber(number, reason.strip(), staffUser, clock.instant()));
        } catch (DataIntegrityViolationException blockedAtTheSameMoment) {
            throw new BlockedNumberExistsException(PhoneNumbers.mask(number));
        }
        log.info("SMS from {} blocked by {}", PhoneNumbers.mask(number), staffUser);
        return view(saved);
    }

    /** Takes a number off the list: its SMS are handled again. */
    public void unblock(long id, String staffUser) {
        var number = blocked.findById(id).orElseThrow(() -> new BlockedNumberNotFoundException(id));
        blocked.delete(number);
        log.info("SMS from {} unblocked by {}", PhoneNumbers.mask(number.getPhone()), staffUser);
    }

    @Transactional(readOnly = true)
    boolean isBlocked(Sender sender) {
        return blocked.existsByPhone(sender.phone());
    }

    private static BlockedNumberView view(SmsBlockedNumber number) {
        return new BlockedNumberView(
                number.getId(),
                PhoneNumbers.mask(number.getPhone()),
                number.getReason(),
                number.getBlockedBy(),
                number.getBlockedAt());
    }
}
