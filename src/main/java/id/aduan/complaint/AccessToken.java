package id.aduan.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a reporter's access tokens, kept only as its SHA-256 hash. */
@Entity
@Table(name = "complaint_access_token")
class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    private String tokenHash;

    private Instant createdAt;

    protected AccessToken() {}

    AccessToken(Long complaintId, String tokenHash, Instant createdAt) {
        this.complaintId = complaintId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
