package id.aduan.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's access tokens: 256 random bits each, given out once (in the answer to the submission or
 * in the link of an e-mail to the reporter), kept only as SHA-256 hashes and compared in constant time.
 */
@Service
@Transactional
public class ReporterAccess {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final ComplaintRepository complaints;
    private final Clock clock;

    ReporterAccess(AccessTokenRepository tokens, ComplaintRepository complaints, Clock clock) {
        this.tokens = tokens;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** A new token for the report's reporter, for a link in an e-mail to them. */
    public String issueToken(long complaintId) {
        return issue(complaints.getReferenceById(complaintId));
    }

    String issue(Complaint complaint) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccessToken(complaint.getId(), hash(token), clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    boolean grants(Complaint complaint, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        var candidate = hash(token).getBytes(StandardCharsets.US_ASCII);
        var granted = false;
        for (var stored : tokens.findByComplaintId(complaint.getId())) {
            granted |= MessageDigest.isEqual(candidate, stored.getTokenHash().getBytes(StandardCharsets.US_ASCII));
        }
        return granted;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
