package id.aduan.complaint.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a reporter's access tokens, kept only as its SHA-256 hash: the one given when the report was filed, which
 * has no end, or one of a link in an e-mail, which works until it expires.
 */
@Entity
@Table(name = "complaint_access_token")
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String tokenHash;

    private Instant createdAt;

    /** When the token stops working; null for the token given when the report was filed. */
    private Instant expiresAt;

    protected AccessToken() {}

    public AccessToken(Long complaintId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.complaintId = complaintId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
