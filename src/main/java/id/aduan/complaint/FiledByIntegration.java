package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.validation.constraints.Size;

/**
 * The partner system that files a report ({@link Channel#INTEGRATION}): its id and name, its own reference for the
 * report and the request's {@code Idempotency-Key}. A report filed again with the same reference or key is the first
 * one, never a second.
 *
 * @param externalReference the partner's own id of the report; none for Open311 clients, which have no such field
 * @param idempotencyKey the request's {@code Idempotency-Key} header, if it sent one
 * @param forwarded whether the partner is another Aduan installation, which routed the report to an agency served
 *     here: "not our authority" returns the report to it
 * @param skipsVerification whether the report goes straight to the agency that installation routed it to, without
 *     verification here, as Aduan's record of that installation says
 */
public record FiledByIntegration(
        long integrationId,
        String integrationName,

        @PlainText @Size(max = ComplaintLimits.EXTERNAL_REFERENCE_MAX)
        String externalReference,

        @PlainText @Size(max = ComplaintLimits.EXTERNAL_REFERENCE_MAX)
        String idempotencyKey,

        boolean forwarded,
        boolean skipsVerification) {

    /** A partner system that is not another Aduan installation. */
    public FiledByIntegration(
            long integrationId, String integrationName, String externalReference, String idempotencyKey) {
        this(integrationId, integrationName, externalReference, idempotencyKey, false, false);
    }
}
