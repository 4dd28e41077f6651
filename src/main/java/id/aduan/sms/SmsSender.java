package id.aduan.sms;

import id.aduan.complaint.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What Aduan remembers of a number that wrote to it, under the number's key ({@link SenderKeys}). */
@Entity
@Table(name = "sms_sender")
class SmsSender {

    @Id
    private String senderKey;

    @Enumerated(EnumType.STRING)
    private Language language;

    private Instant keywordsExplainedAt;

    protected SmsSender() {}

    SmsSender(String senderKey, Language language) {
        this.senderKey = senderKey;
        this.language = language;
    }

    Language getLanguage() {
        return language;
    }

    void writesIn(Language language) {
        this.language = language;
    }
}
