package id.aduan.integration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An update a partner posted for a reporter, under the partner's own id for it. */
@Entity
@Table(name = "partner_update")
public class PartnerUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long integrationId;

    private String clientUpdateId;

    private String trackingId;

    private Instant createdAt;

    protected PartnerUpdate() {}

    public PartnerUpdate(Long integrationId, String clientUpdateId, String trackingId, Instant now) {
        this.integrationId = integrationId;
        this.clientUpdateId = clientUpdateId;
        this.trackingId = trackingId;
        this.createdAt = now;
    }

    public String getTrackingId() {
        return trackingId;
    }
}
