package id.aduan.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number that asked for no SMS updates (BERHENTI), in E.164. */
@Entity
@Table(name = "sms_opt_out")
class SmsOptOut {

    @Id
    private String phone;

    private Instant stoppedAt;

    protected SmsOptOut() {}

    SmsOptOut(String phone, Instant stoppedAt) {
        this.phone = phone;
        this.stoppedAt = stoppedAt;
    }
}
