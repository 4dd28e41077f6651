package id.aduan.complaint;

import id.aduan.complaint.internal.AccessToken;
import id.aduan.complaint.internal.AccessTokenRepository;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's access tokens: 256 random bits each, given out once (in the answer to the submission or in the
 * link of an e-mail to the reporter, made when the e-mail is sent), kept only as SHA-256 hashes and compared in
 * constant time. The token given at filing has no end; a token of an e-mail works for
 * {@code aduan.reporter-access.email-link-validity}, after which it opens no more than a wrong one.
 */
@Service
@Transactional
public class ReporterAccess {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final ComplaintRepository complaints;
    private final ReporterAccessProperties properties;
    private final Clock clock;

    ReporterAccess(
            AccessTokenRepository tokens,
            ComplaintRepository complaints,
            ReporterAccessProperties properties,
            Clock clock) {
        this.tokens = tokens;
        this.complaints = complaints;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new token for the link in an e-mail to the report's reporter, valid for the configured time. */
    public String issueEmailToken(long complaintId) {
        return issue(complaints.getReferenceById(complaintId), properties.emailLinkValidity());
    }

    /** The reporter's own token, given once when the report is filed; it has no end. */
    String issueFilingToken(Complaint complaint) {
        return issue(complaint, null);
    }

    private String issue(Complaint complaint, Duration validity) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        tokens.save(new AccessToken(complaint.getId(), hash(token), now, validity == null ? null : now.plus(validity)));
        return token;
    }

    @Transactional(readOnly = true)
    boolean grants(Complaint complaint, ReporterCredential credential) {
        if (credential instanceof ReporterCredential.FilingIntegration partner) {
            return complaint.isFiledBy(partner.integrationId());
        }
        if (credential instanceof ReporterCredential.Phone phone) {
            return complaint.getReporter() != null
                    && PhoneNumbers.same(complaint.getReporter().phone(), phone.number());
        }
        return check(complaint, ((ReporterCredential.Token) credential).token()) == Check.GRANTED;
    }

    /**
     * Whether the token is one of the report's e-mail tokens whose time is up, so that its page can say so rather
     * than call the link wrong. It grants nothing either way.
     */
    @Transactional(readOnly = true)
    public boolean expired(String trackingId, String token) {
        return complaints
                .findByTrackingId(trackingId)
                .map(complaint -> check(complaint, token) == Check.EXPIRED)
                .orElse(false);
    }

    /**
     * The report whose reporter gave this e-mail address (in any case), for a new link sent to that address alone.
     */
    @Transactional(readOnly = true)
    public Optional<Long> reportReachableAt(String trackingId, String email) {
        return complaints
                .findByTrackingId(trackingId)
                .filter(complaint -> complaint.getReporter() != null
                        && complaint.getReporter().email() != null
                        && complaint.getReporter().email().strip().equalsIgnoreCase(email.strip()))
                .map(Complaint::getId);
    }

    private Check check(Complaint complaint, String token) {
        if (token == null || token.isEmpty()) {
            return Check.DENIED;
        }
        var candidate = hash(token).getBytes(StandardCharsets.US_ASCII);
        var now = clock.instant();
        var result = Check.DENIED;
        for (var stored : tokens.findByComplaintId(complaint.getId())) {
            if (MessageDigest.isEqual(candidate, stored.getTokenHash().getBytes(StandardCharsets.US_ASCII))) {
                result = stored.isValidAt(now) ? Check.GRANTED : Check.EXPIRED;
            }
        }
        return result;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private enum Check {
        GRANTED,
        EXPIRED,
        DENIED
    }
}
