package id.aduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who filed a report. It stays in Aduan's own tables: never in process variables, forms or staff e-mails. */
@Embeddable
public record Reporter(
        @Column(name = "reporter_name") String name,
        @Column(name = "reporter_email") String email,
        @Column(name = "reporter_phone") String phone) {}
