package id.aduan.sms;

import id.aduan.complaint.Language;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each number writes in, for its SMS whose keyword is the same in both languages or that have none, and
 * whether it has been told the keywords.
 */
@Component
class SmsSenders {

    private final SmsSenderRepository senders;
    private final Clock clock;

    SmsSenders(SmsSenderRepository senders, Clock clock) {
        this.senders = senders;
        this.clock = clock;
    }

    /** The language the number wrote its last keyword in; Indonesian for a number new to Aduan. */
    @Transactional(readOnly = true)
    public Language languageOf(Sender sender) {
        return senders.findById(sender.key()).map(SmsSender::getLanguage).orElse(Language.ID);
    }

    /** Remembers the language of the number's latest SMS. */
    @Transactional
    public void remember(Sender sender, Language language) {
        senders.findById(sender.key())
                .ifPresentOrElse(
                        known -> known.writesIn(language), () -> senders.save(new SmsSender(sender.key(), language)));
    }

    /** Whether the number is to be told the keywords now: true once, the first time it is asked. */
    @Transactional
    public boolean explainKeywordsOnce(Sender sender) {
        return senders.markKeywordsExplained(sender.key(), clock.instant()) == 1;
    }
}
