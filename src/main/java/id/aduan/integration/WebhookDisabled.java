package id.aduan.integration;

/**
 * Published when a partner's receiver answered 410 Gone and Aduan stopped calling its callback URL, in the
 * transaction that disabled it, so that whoever listens tells the national administrators.
 *
 * @param complaintId the report whose event the receiver refused
 * @param reason why, as the partner's record shows it
 */
public record WebhookDisabled(
        long integrationId, String partnerName, long complaintId, String trackingId, String reason) {}
