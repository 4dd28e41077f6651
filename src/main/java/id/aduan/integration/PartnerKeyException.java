package id.aduan.integration;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A partner's request without a key that opens anything: 401 when missing or unknown, 403 when it no longer works. */
public class PartnerKeyException extends ErrorResponseException {

    private PartnerKeyException(HttpStatus status, String title, String detail) {
        super(status, ProblemDetails.of(status, title, detail), null);
    }

    static PartnerKeyException missing() {
        return new PartnerKeyException(
                HttpStatus.UNAUTHORIZED,
                "API key required",
                "Send the partner system's API key in the header Authorization: Bearer <key>.");
    }

    static PartnerKeyException unknown() {
        return new PartnerKeyException(
                HttpStatus.UNAUTHORIZED,
                "Unknown API key",
                "No partner system has this key. Check it was copied whole, or ask the national administrators for one.");
    }

    static PartnerKeyException revoked() {
        return new PartnerKeyException(
                HttpStatus.FORBIDDEN,
                "API key no longer valid",
                "This key was revoked or its grace period after a rotation ended. Use the partner's current key.");
    }

    static PartnerKeyException suspended(String name) {
        return new PartnerKeyException(
                HttpStatus.FORBIDDEN,
                "Partner suspended",
                name + " is suspended. The national administrators can make it active again.");
    }

    /** The HTTP status: 401 or 403. */
    public int status() {
        return getStatusCode().value();
    }

    public String detail() {
        return getBody().getDetail();
    }
}
