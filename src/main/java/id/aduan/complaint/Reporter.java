package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who filed a report. It stays in Aduan's own tables: never in process variables, forms or staff e-mails. Whether a
 * name and a way to reach them are needed depends on the report (not when it is anonymous): the service checks that.
 *
 * @param smsUpdates whether the reporter chose to be told by SMS ("kabari saya lewat SMS") rather than by e-mail, which
 *     needs a phone number ({@link NewComplaint} checks it)
 */
@Embeddable
public record Reporter(
        @Column(name = "reporter_name") @PlainText @Size(max = ComplaintLimits.NAME_MAX)
        String name,

        @Column(name = "reporter_email") @Email @Size(max = ComplaintLimits.EMAIL_MAX)
        String email,

        @Column(name = "reporter_phone")
        @Pattern(regexp = ComplaintLimits.PHONE_PATTERN, message = "must be a phone number such as +62 812 3456 7890")
        String phone,

        @Column(name = "reporter_sms_updates") boolean smsUpdates) {

    /** A reporter who leaves the channel to Aduan: e-mail when they gave an address, else SMS. */
    public Reporter(String name, String email, String phone) {
        this(name, email, phone, false);
    }
}
