package id.aduan.sms;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number whose SMS Aduan ignores, in E.164, with why and by whom it was blocked. */
@Entity
@Table(name = "sms_blocked_number")
class SmsBlockedNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String phone;

    private String reason;

    private String blockedBy;

    private Instant blockedAt;

    protected SmsBlockedNumber() {}

    SmsBlockedNumber(String phone, String reason, String blockedBy, Instant blockedAt) {
        this.phone = phone;
        this.reason = reason;
        this.blockedBy = blockedBy;
        this.blockedAt = blockedAt;
    }

    Long getId() {
        return id;
    }

    String getPhone() {
        return phone;
    }

    String getReason() {
        return reason;
    }

    String getBlockedBy() {
        return blockedBy;
    }

    Instant getBlockedAt() {
        return blockedAt;
    }
}
