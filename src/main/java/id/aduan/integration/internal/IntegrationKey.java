package id.aduan.integration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key of a partner, kept as its SHA-256 hash with its first characters to tell it apart. */
@Entity
@Table(name = "integration_key")
public class IntegrationKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long integrationId;

    private String prefix;

    private String keyHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant revokedAt;

    protected IntegrationKey() {}

    public IntegrationKey(Long integrationId, String prefix, String keyHash, Instant now) {
        this.integrationId = integrationId;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = now;
    }

    /** Whether the key opens anything at this moment. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Keeps the key working until the end of a rotation's grace period, or less if it ends sooner anyway. */
    public void expireAt(Instant end) {
        if (expiresAt == null || end.isBefore(expiresAt)) {
            expiresAt = end;
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getIntegrationId() {
        return integrationId;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
