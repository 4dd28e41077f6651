package id.aduan.installation.internal;

import id.aduan.installation.InstallationDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A report forwarded to another installation, which serves the agency it was routed to, for one agency and one round
 * (a return ends the round): the reference it went under, the tracking ID that installation gave it once it took it,
 * and the latest decision it sent back.
 */
@Entity
@Table(name = "installation_forward")
public class InstallationForward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;

    private String trackingId;

    private String reference;

    private String agencyCode;

    private long integrationId;

    private Instant queuedAt;

    private String remoteTrackingId;

    private Instant forwardedAt;

    @Enumerated(EnumType.STRING)
    private InstallationDecision decision;

    @Version
    private long version;

    protected InstallationForward() {}

    public InstallationForward(
            long complaintId, String trackingId, String reference, String agencyCode, long integrationId, Instant now) {
        this.complaintId = complaintId;
        this.trackingId = trackingId;
        this.reference = reference;
        this.agencyCode = agencyCode;
        this.integrationId = integrationId;
        this.queuedAt = now;
    }

    /** The other installation took the report under its tracking ID. */
    public void forwarded(String remoteTrackingId, Instant now) {
        this.remoteTrackingId = remoteTrackingId;
        this.forwardedAt = now;
    }

    public void decided(InstallationDecision decision) {
        this.decision = decision;
    }

    public boolean isForwarded() {
        return forwardedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getTrackingId() {
        return trackingId;
    }

    /** The externalReference the report went under to the other installation, which its webhooks name. */
    public String getReference() {
        return reference;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public long getIntegrationId() {
        return integrationId;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getRemoteTrackingId() {
        return remoteTrackingId;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public InstallationDecision getDecision() {
        return decision;
    }
}
