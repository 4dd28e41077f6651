package id.aduan.complaint;

/** The answer to a new report; the access token is given out only here and stored only as a hash. */
public record SubmittedComplaint(
        String trackingId, String accessToken, ComplaintStatus status, String statusLabel, String statusLabelEn) {

    SubmittedComplaint(String trackingId, String accessToken, ComplaintStatus status) {
        this(trackingId, accessToken, status, status.labelId(), status.labelEn());
    }
}
